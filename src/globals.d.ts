declare const __SINGLE_FILE__: boolean;
