import { mount } from '../src/ui/main';

mount('popup');
