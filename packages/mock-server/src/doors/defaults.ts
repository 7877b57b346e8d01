// Where the HTTP door listens unless told otherwise (Prism's port, so a Prism user finds it there).
export const DEFAULT_PORT = 4010;
export const DEFAULT_HOST = "127.0.0.1";
