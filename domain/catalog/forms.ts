/*
 * 表格下载: which files an item's forms may be. The type is read from the bytes (magic numbers), never
 * trusted from the name or the declared content type; the name's extension must agree with the bytes.
 */

export const FORM_KINDS = ['blank', 'sample'] as const;
export type FormKind = (typeof FORM_KINDS)[number];

export const FORM_KIND_LABELS: Record<FormKind, string> = { blank: '空白表格', sample: '填写样例' };

/** 10 MB: a scanned sample form fits; anything larger is not a form. */
export const FORM_MAX_BYTES = 10 * 1024 * 1024;

export const FORM_TYPES = {
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ofd: 'application/ofd',
} as const;
export type FormExtension = keyof typeof FORM_TYPES;

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];

function startsWith(content: Uint8Array, magic: number[]): boolean {
  return magic.every((byte, index) => content[index] === byte);
}

/** The extensions the bytes can be: none when they are not an allowed form type. */
export function formExtensionsOf(content: Uint8Array): FormExtension[] {
  if (startsWith(content, PDF)) return ['pdf'];
  // Word 97–2003 and Excel 97–2003 share the compound file header.
  if (startsWith(content, OLE)) return ['doc', 'xls'];
  if (startsWith(content, ZIP)) {
    // Entry names are stored uncompressed in the local headers and the central directory.
    const names = new TextDecoder('latin1').decode(content);
    if (names.includes('OFD.xml')) return ['ofd'];
    if (names.includes('word/document.xml')) return ['docx'];
    if (names.includes('xl/workbook.xml')) return ['xlsx'];
  }
  return [];
}

export type FormFileCheck =
  | { ok: true; extension: FormExtension; contentType: string }
  | { ok: false; code: 'FORM_TYPE_NOT_ALLOWED' | 'FORM_TOO_LARGE' | 'FORM_EMPTY'; message: string };

/** Whether the bytes may be stored as a form under this name, and as which type. */
export function checkFormFile(fileName: string, content: Uint8Array): FormFileCheck {
  if (content.length === 0) return { ok: false, code: 'FORM_EMPTY', message: '上传的文件是空的' };
  if (content.length > FORM_MAX_BYTES) {
    return { ok: false, code: 'FORM_TOO_LARGE', message: '表格文件不能超过 10 MB' };
  }
  const extension = fileName.toLowerCase().split('.').pop() ?? '';
  const possible = formExtensionsOf(content);
  const match = possible.find((candidate) => candidate === extension);
  if (!match) {
    return {
      ok: false,
      code: 'FORM_TYPE_NOT_ALLOWED',
      message:
        possible.length === 0
          ? '只能上传 PDF、Word（DOC/DOCX）、Excel（XLS/XLSX）或 OFD 文件'
          : '文件内容与文件扩展名不符，请检查后重新上传',
    };
  }
  return { ok: true, extension: match, contentType: FORM_TYPES[match] };
}
