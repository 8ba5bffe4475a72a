import { mount } from '../src/ui/main';

// The series of the page beside the panel, kept open while the reader reads.
mount('panel');
