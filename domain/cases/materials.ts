import type { IsoDate } from '../calendar/dates.ts';
import type { Refusal } from '../machine.ts';

/*
 * The material checklist of a case (申请材料): what the applicant brought or uploaded against the
 * item's list, and the guards acceptance, correction and release read. The item's revision gives the
 * list (name, required, deferrable); the case keeps one line per listed material.
 */

export const MATERIAL_STATUSES = [
  /** 已提交: uploaded online or seen at the window. */
  'submitted',
  /** 复用: taken from an earlier case of the same applicant (window-checked, trust level B). */
  'reused',
  /** 缺失 */
  'missing',
  /** 容缺: accepted without it; due later (容缺受理). */
  'deferred',
  /** 告知承诺: replaced by the applicant's written commitment (告知承诺制). */
  'committed',
  /** 需补正: listed in a correction notice or returned at pre-review, with its reason. */
  'to_correct',
] as const;
export type MaterialStatus = (typeof MATERIAL_STATUSES)[number];

export const MATERIAL_STATUS_LABELS: Readonly<Record<MaterialStatus, string>> = {
  submitted: '已提交',
  reused: '已复用',
  missing: '缺失',
  deferred: '容缺后补',
  committed: '告知承诺',
  to_correct: '需补正',
};

export interface ChecklistLine {
  index: number;
  name: string;
  required: boolean;
  deferrable: boolean;
  status: MaterialStatus;
  /** For `to_correct`: why, as the notice says it. */
  reason?: string | null;
  deferredUntil?: IsoDate | null;
}

export type MaterialRefusalCode =
  | 'CASE_MATERIALS_INCOMPLETE'
  | 'CASE_DEFERRAL_NOT_ALLOWED'
  | 'CASE_DEFERRAL_DATE_REQUIRED'
  | 'CASE_COMMITMENT_NOT_ALLOWED'
  | 'CASE_CORRECTION_EMPTY'
  | 'CASE_CORRECTION_NOT_COMPLETE'
  | 'CASE_DEFERRED_MATERIALS_OUTSTANDING';

const satisfied = (line: ChecklistLine) => line.status === 'submitted' || line.status === 'reused';
const names = (lines: readonly ChecklistLine[]) => lines.map((line) => `「${line.name}」`).join('、');

/**
 * Whether a case may be accepted with this checklist: every required material is submitted or
 * reused; a missing deferrable one needs a due date (容缺受理); a commitment replaces a material only
 * where the item allows 告知承诺制.
 */
export function acceptanceRefusal(
  lines: readonly ChecklistLine[],
  item: { commitmentBased: boolean },
): Refusal<MaterialRefusalCode> | null {
  const deferredWithoutDate = lines.filter((line) => line.status === 'deferred' && !line.deferredUntil);
  if (deferredWithoutDate.length > 0) {
    return {
      code: 'CASE_DEFERRAL_DATE_REQUIRED',
      message: `容缺材料${names(deferredWithoutDate)}需要写明补交期限`,
    };
  }
  const wronglyDeferred = lines.filter((line) => line.status === 'deferred' && !line.deferrable);
  if (wronglyDeferred.length > 0) {
    return {
      code: 'CASE_DEFERRAL_NOT_ALLOWED',
      message: `${names(wronglyDeferred)}不在本事项的容缺清单内，不能容缺受理`,
    };
  }
  if (!item.commitmentBased && lines.some((line) => line.status === 'committed')) {
    return { code: 'CASE_COMMITMENT_NOT_ALLOWED', message: '本事项不实行告知承诺制' };
  }
  const missing = lines.filter(
    (line) => line.required && !satisfied(line) && line.status !== 'deferred' && line.status !== 'committed',
  );
  if (missing.length > 0) {
    return {
      code: 'CASE_MATERIALS_INCOMPLETE',
      message: `必要材料${names(missing)}未提交，不能受理；请一次性告知补正`,
    };
  }
  return null;
}

/** A correction notice must list at least one material, each with its reason. */
export function correctionRefusal(
  listed: readonly { index: number; reason: string }[],
): Refusal<MaterialRefusalCode> | null {
  if (listed.length === 0 || listed.some((line) => line.reason.trim() === '')) {
    return {
      code: 'CASE_CORRECTION_EMPTY',
      message: '一次性告知须列明每一项需补正的材料及原因',
    };
  }
  return null;
}

/** A resubmission completes the notice only when every listed material is now submitted. */
export function correctionCompletionRefusal(
  lines: readonly ChecklistLine[],
  listedIndexes: readonly number[],
): Refusal<MaterialRefusalCode> | null {
  const outstanding = lines.filter((line) => listedIndexes.includes(line.index) && !satisfied(line));
  if (outstanding.length > 0) {
    return {
      code: 'CASE_CORRECTION_NOT_COMPLETE',
      message: `一次性告知中的${names(outstanding)}尚未补正`,
    };
  }
  return null;
}

/** 容缺受理: the result is released only after every deferred material came in. */
export function releaseRefusal(lines: readonly ChecklistLine[]): Refusal<MaterialRefusalCode> | null {
  const outstanding = lines.filter((line) => line.status === 'deferred');
  if (outstanding.length > 0) {
    return {
      code: 'CASE_DEFERRED_MATERIALS_OUTSTANDING',
      message: `容缺材料${names(outstanding)}尚未补交，暂不能出件`,
    };
  }
  return null;
}

// ---- Uploads: the type is read from the bytes ----

export const UPLOAD_TYPES = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  png: 'image/png',
  ofd: 'application/ofd',
} as const;
export type UploadExtension = keyof typeof UPLOAD_TYPES;

/** 20 MB: a multi-page scan at 300 dpi; a phone photo is a few MB. */
export const UPLOAD_MAX_BYTES = 20 * 1024 * 1024;

const MAGIC: readonly [UploadExtension, number[]][] = [
  ['pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['jpg', [0xff, 0xd8, 0xff]],
  ['png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
];

/** The type of the bytes, or null when they are none of PDF, JPEG, PNG, OFD. */
export function uploadTypeOf(content: Uint8Array): UploadExtension | null {
  for (const [extension, magic] of MAGIC) {
    if (magic.every((byte, index) => content[index] === byte)) return extension;
  }
  // OFD (GB/T 33190) is a ZIP package whose root holds OFD.xml.
  if ([0x50, 0x4b, 0x03, 0x04].every((byte, index) => content[index] === byte)) {
    if (new TextDecoder('latin1').decode(content.subarray(0, 64 * 1024)).includes('OFD.xml')) return 'ofd';
  }
  return null;
}

export type UploadCheck =
  | { ok: true; extension: UploadExtension; contentType: string }
  | { ok: false; code: 'UPLOAD_EMPTY' | 'UPLOAD_TOO_LARGE' | 'UPLOAD_TYPE_NOT_ALLOWED'; message: string };

/** Whether the bytes may be stored as a material under this name. */
export function checkUpload(fileName: string, content: Uint8Array): UploadCheck {
  if (content.length === 0) return { ok: false, code: 'UPLOAD_EMPTY', message: '上传的文件是空的' };
  if (content.length > UPLOAD_MAX_BYTES) {
    return { ok: false, code: 'UPLOAD_TOO_LARGE', message: '单个材料文件不能超过 20 MB' };
  }
  const type = uploadTypeOf(content);
  const named = fileName.toLowerCase().split('.').pop() ?? '';
  const namedAs = named === 'jpeg' ? 'jpg' : named;
  if (!type) {
    return {
      ok: false,
      code: 'UPLOAD_TYPE_NOT_ALLOWED',
      message: '只能上传 PDF、JPG、PNG 或 OFD 文件',
    };
  }
  if (namedAs !== type) {
    return {
      ok: false,
      code: 'UPLOAD_TYPE_NOT_ALLOWED',
      message: '文件内容与文件扩展名不符，请检查后重新上传',
    };
  }
  return { ok: true, extension: type, contentType: UPLOAD_TYPES[type] };
}
