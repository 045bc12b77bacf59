// The part of pako 1.0 (CommonJS; also a dependency of jszip and pdf-lib, pinned in
// package.json) that zip-write.ts and deflate.ts use.
declare module 'pako' {
  const pako: {
    deflateRaw(data: Uint8Array, options?: { level?: number }): Uint8Array;
    deflate(data: Uint8Array, options?: { level?: number }): Uint8Array;
    inflate(data: Uint8Array): Uint8Array;
  };
  export default pako;
}
