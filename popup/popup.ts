import { mount } from './main';

mount('popup');
