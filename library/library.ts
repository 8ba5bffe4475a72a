import { mount } from '../src/ui/main';

mount('tab');
