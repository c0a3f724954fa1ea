/** Output streams for running a CLI command in-process: what it wrote, as text. */
import { Writable } from "node:stream";

/** A command's stdout and stderr, kept. */
export interface CapturedIo {
  io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream };
  stdout(): string;
  stderr(): string;
}

/** Creates fresh streams that keep everything written to them. */
export function captureIo(): CapturedIo {
  const keep = () => {
    const chunks: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer | string, _encoding, done) {
        chunks.push(chunk.toString());
        done();
      },
    });
    return { stream, text: () => chunks.join("") };
  };
  const out = keep();
  const err = keep();
  return {
    io: { stdout: out.stream, stderr: err.stream },
    stdout: out.text,
    stderr: err.text,
  };
}
