import fs from 'node:fs';
import zlib from 'node:zlib';
import { Inflate } from 'fflate';

/**
 * A lazy .kallelse (zip) reader: only the central directory is read when the zip is opened;
 * an entry's bytes are read from disk and inflated when asked for, in 1 MB steps, and never
 * past the size its header declares. So unreferenced entries cost nothing and a lying header
 * cannot make us inflate more than we agreed to hold. fflate inflates; the zip records
 * themselves are read here because fflate's unzip needs the whole archive in memory.
 */
export interface ZipEntryInfo {
  name: string;
  method: number;
  encrypted: boolean;
  compressedSize: number;
  size: number;
  crc: number;
  localOffset: number;
}

/** Why an archive or entry cannot be read; `entry` is set when one entry is at fault. */
export class ZipFormatError extends Error {
  constructor(
    message: string,
    readonly kind: 'not-zip' | 'damaged' | 'encrypted' | 'zip64' | 'method' | 'too-large',
    readonly entry?: string,
  ) {
    super(message);
  }
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const CHUNK = 1024 * 1024;
const STEP = 16 * 1024;

export class ZipReader {
  readonly entries = new Map<string, ZipEntryInfo>();
  private constructor(
    private readonly fd: number,
    readonly fileSize: number,
  ) {}

  static open(file: string): ZipReader {
    const fd = fs.openSync(file, 'r');
    try {
      const reader = new ZipReader(fd, fs.fstatSync(fd).size);
      reader.readDirectory();
      return reader;
    } catch (error) {
      fs.closeSync(fd);
      throw error;
    }
  }

  close(): void {
    fs.closeSync(this.fd);
  }

  private readAt(position: number, length: number): Buffer {
    const buffer = Buffer.alloc(length);
    const n = fs.readSync(this.fd, buffer, 0, length, position);
    if (n !== length) throw new ZipFormatError('filen tar slut mitt i en post', 'damaged');
    return buffer;
  }

  private readDirectory(): void {
    // The end record sits in the last 22 bytes plus at most a 65 535-byte comment.
    const tailLength = Math.min(this.fileSize, 22 + 0xffff);
    const tail = this.readAt(this.fileSize - tailLength, tailLength);
    let end = -1;
    for (let i = tail.length - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === EOCD) {
        end = i;
        break;
      }
    }
    if (end < 0) throw new ZipFormatError('zip-filens innehållsförteckning saknas', 'not-zip');
    const count = tail.readUInt16LE(end + 10);
    const cdSize = tail.readUInt32LE(end + 12);
    const cdOffset = tail.readUInt32LE(end + 16);
    if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
      throw new ZipFormatError('zip-filen är i zip64-format, som inte stöds för paket', 'zip64');
    }
    if (cdOffset + cdSize > this.fileSize)
      throw new ZipFormatError('innehållsförteckningen pekar utanför filen', 'damaged');
    const cd = this.readAt(cdOffset, cdSize);
    let p = 0;
    for (let i = 0; i < count; i++) {
      if (p + 46 > cd.length || cd.readUInt32LE(p) !== CENTRAL) {
        throw new ZipFormatError('innehållsförteckningen är skadad', 'damaged');
      }
      const flags = cd.readUInt16LE(p + 8);
      const nameLength = cd.readUInt16LE(p + 28);
      const extraLength = cd.readUInt16LE(p + 30);
      const commentLength = cd.readUInt16LE(p + 32);
      const nameBytes = cd.subarray(p + 46, p + 46 + nameLength);
      // Bit 11: UTF-8 names; otherwise CP437, which for the ASCII names of a package is the same.
      const name = nameBytes.toString(flags & 0x800 ? 'utf8' : 'latin1');
      const entry: ZipEntryInfo = {
        name,
        method: cd.readUInt16LE(p + 10),
        encrypted: (flags & 0x1) !== 0,
        crc: cd.readUInt32LE(p + 16),
        compressedSize: cd.readUInt32LE(p + 20),
        size: cd.readUInt32LE(p + 24),
        localOffset: cd.readUInt32LE(p + 42),
      };
      if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff || entry.localOffset === 0xffffffff) {
        throw new ZipFormatError('zip-filen är i zip64-format, som inte stöds för paket', 'zip64', name);
      }
      this.entries.set(name, entry);
      p += 46 + nameLength + extraLength + commentLength;
    }
  }

  /** The entry's bytes, inflated and CRC-checked; never more than its declared size. */
  read(entry: ZipEntryInfo): Uint8Array {
    if (entry.encrypted) throw new ZipFormatError('posten är krypterad (lösenordsskyddad)', 'encrypted', entry.name);
    if (entry.method !== 0 && entry.method !== 8) {
      throw new ZipFormatError(`posten är packad med en metod som inte stöds (${entry.method})`, 'method', entry.name);
    }
    const local = this.readAt(entry.localOffset, 30);
    if (local.readUInt32LE(0) !== LOCAL) throw new ZipFormatError('postens huvud är skadat', 'damaged', entry.name);
    let position = entry.localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
    const stop = position + entry.compressedSize;
    if (stop > this.fileSize) throw new ZipFormatError('posten slutar utanför filen', 'damaged', entry.name);

    const out = new Uint8Array(entry.size);
    let written = 0;
    const take = (data: Uint8Array) => {
      if (written + data.length > out.length) {
        throw new ZipFormatError('posten packas upp till mer än den uppger', 'too-large', entry.name);
      }
      out.set(data, written);
      written += data.length;
    };
    const inflate = entry.method === 8 ? new Inflate(take) : null;
    try {
      while (position < stop) {
        const chunk = this.readAt(position, Math.min(CHUNK, stop - position));
        position += chunk.length;
        if (!inflate) take(chunk);
        // Pushed in 16 kB steps: deflate reaches ~1 000:1, so one step yields at most ~16 MB.
        else
          for (let i = 0; i < chunk.length; i += STEP)
            inflate.push(chunk.subarray(i, i + STEP), position >= stop && i + STEP >= chunk.length);
      }
      if (inflate && entry.compressedSize === 0) inflate.push(new Uint8Array(0), true);
    } catch (error) {
      if (error instanceof ZipFormatError) throw error;
      throw new ZipFormatError(`posten kan inte packas upp (${(error as Error).message})`, 'damaged', entry.name);
    }
    if (written !== entry.size || zlib.crc32(out) >>> 0 !== entry.crc >>> 0) {
      throw new ZipFormatError('postens innehåll stämmer inte med dess kontrollsumma', 'damaged', entry.name);
    }
    return out;
  }
}
