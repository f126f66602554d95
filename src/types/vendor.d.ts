// The container libraries the user chose ship no type declarations; these
// describe only the parts we call.
declare module 'elfy' {
  export interface ElfyHeader {
    class: '32' | '64';
    endian: 'lsb' | 'msb';
    osabi: string | undefined;
    type: string | undefined;
    machine: string | undefined;
    entry: number;
    phoff: number;
    shoff: number;
    flags: number;
    ehsize: number;
    phentsize: number;
    phnum: number;
    shentsize: number;
    shnum: number;
    shstrndx: number;
  }
  export interface ElfyProgram {
    type: string | undefined;
    offset: number;
    vaddr: number;
    paddr: number;
    filesz: number;
    memsz: number;
    flags: Record<string, boolean>;
    align: number;
  }
  export interface ElfySection {
    name: number;
    type: string | number;
    flags: Record<string, boolean>;
    addr: number;
    off: number;
    size: number;
    link: number;
    info: number;
    addralign: number;
    entsize: number;
  }
  class Parser {
    parseHeader(buf: Buffer): ElfyHeader;
    parseProgram(ent: Buffer, header: ElfyHeader, file: Buffer): ElfyProgram;
    parseSection(ent: Buffer, header: ElfyHeader, file: Buffer): ElfySection;
  }
  const elfy: { Parser: typeof Parser; constants: Record<string, Record<number, string>> };
  export default elfy;
}

declare module 'macho' {
  export interface MachoSection {
    sectname: string;
    segname: string;
    addr: number;
    size: number;
    offset: number;
    align: number;
    type: string | undefined;
  }
  export interface MachoCommand {
    type: string | undefined;
    fileoff: number;
    [key: string]: unknown;
  }
  export interface MachoSegment extends MachoCommand {
    name: string;
    vmaddr: number;
    vmsize: number;
    fileoff: number;
    filesize: number;
    maxprot: { read: boolean; write: boolean; exec: boolean };
    initprot: { read: boolean; write: boolean; exec: boolean };
    sections: MachoSection[];
  }
  export interface MachoHeader {
    bits: 32 | 64;
    magic: number;
    cpu: { type: string | undefined; subtype: string | undefined; endian: string };
    filetype: string | undefined;
    ncmds: number;
    sizeofcmds: number;
    flags: Record<string, boolean>;
    hsize: number;
    body: Buffer;
    cmds: MachoCommand[] | null;
  }
  class Parser {
    parseHead(buf: Buffer): MachoHeader | false;
    setEndian(endian: 'le' | 'be'): void;
    parseCommands(hdr: MachoHeader, body: Buffer, file: Buffer): MachoCommand[];
  }
  const macho: { Parser: typeof Parser; constants: Record<string, Record<number, string>> };
  export default macho;
}
