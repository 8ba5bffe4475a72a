import { mount } from '../popup/main';

mount('tab');
