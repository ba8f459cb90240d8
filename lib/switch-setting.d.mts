export declare function readSwitch(value: string | undefined): boolean | undefined;
