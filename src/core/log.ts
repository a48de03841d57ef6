/**
 * The logging surface the core may use. The extension passes in its one
 * output channel; tests pass a recorder. The core never writes to the console.
 */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export const silentLogger: Logger = {
  info() {},
  warn() {},
  error() {},
};
