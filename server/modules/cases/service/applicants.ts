import type { ItemContent } from '../../../../domain/catalog/index.ts';
import {
  validateIdCardNumber,
  validateMobileNumber,
  validateUscc,
} from '../../../../domain/validators/index.ts';
import type { Executor } from '../../../db/connection.ts';
import type { AppContext } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import type { CaseAgent } from '../schema.ts';
import { findCaseByNumber } from '../store.ts';
import { localDay } from './common.ts';

export interface ApplicantInput {
  kind: 'natural_person' | 'legal_person';
  name: string;
  idType: 'id_card' | 'uscc';
  idNumber: string;
  mobile: string;
}

/** The applicant's identity as the case stores it, after checking every number (422 with the reason). */
export function applicantColumns(ctx: AppContext, input: ApplicantInput, item: ItemContent) {
  const name = input.name.trim();
  if (!name) throw new AppError('CASE_APPLICANT_INVALID', '请填写申请人姓名或名称');
  if (!item.subjects.includes(input.kind)) {
    throw new AppError(
      'CASE_APPLICANT_INVALID',
      input.kind === 'natural_person' ? '本事项只面向法人办理' : '本事项只面向自然人办理',
    );
  }
  if (input.kind === 'natural_person' && input.idType !== 'id_card') {
    throw new AppError('CASE_APPLICANT_INVALID', '自然人请使用居民身份证号码');
  }
  if (input.kind === 'legal_person' && input.idType !== 'uscc') {
    throw new AppError('CASE_APPLICANT_INVALID', '法人请使用统一社会信用代码');
  }
  const idNumber = input.idNumber.trim().toUpperCase();
  const idCheck =
    input.idType === 'id_card'
      ? validateIdCardNumber(idNumber, { today: localDay(ctx) })
      : validateUscc(idNumber);
  if (!idCheck.ok) throw new AppError('CASE_APPLICANT_INVALID', idCheck.message, { field: 'idNumber' });
  const mobileCheck = validateMobileNumber(input.mobile);
  if (!mobileCheck.ok) throw new AppError('CASE_APPLICANT_INVALID', mobileCheck.message, { field: 'mobile' });
  return {
    applicantKind: input.kind,
    applicantName: name,
    applicantIdType: input.idType,
    applicantIdEncrypted: ctx.personalData.encrypt(idNumber),
    applicantIdIndex: ctx.personalData.blindIndex(idNumber),
    applicantMobileEncrypted: ctx.personalData.encrypt(input.mobile),
  };
}

/** 代理人: a valid ID number and the authority the letter gives. */
export function agentColumn(
  ctx: AppContext,
  input: { name: string; idNumber: string; authority: string },
): CaseAgent {
  const idNumber = input.idNumber.trim().toUpperCase();
  const check = validateIdCardNumber(idNumber, { today: localDay(ctx) });
  if (!check.ok) throw new AppError('CASE_AGENT_INVALID', `代理人${check.message}`);
  if (!input.name.trim() || !input.authority.trim()) {
    throw new AppError('CASE_AGENT_INVALID', '请填写代理人姓名和委托权限');
  }
  return {
    name: input.name.trim(),
    idNumberEncrypted: ctx.personalData.encrypt(idNumber),
    idNumberIndex: ctx.personalData.blindIndex(idNumber),
    authority: input.authority.trim(),
  };
}

/**
 * A material reused from an earlier case: the same applicant (by the blind index of the ID number),
 * and that case's line of the same name was submitted. Returns the earlier case's id.
 */
export async function findReusableMaterial(
  db: Executor,
  applicantIdIndex: string,
  caseNumber: string,
  currentCaseId: string,
): Promise<string> {
  const earlier = await findCaseByNumber(db, caseNumber);
  if (!earlier || earlier.applicantIdIndex !== applicantIdIndex || earlier.id === currentCaseId) {
    throw new AppError('CASE_MATERIAL_UNKNOWN', `办件 ${caseNumber} 不是同一申请人的办件，不能复用其材料`);
  }
  if (earlier.state === 'draft') {
    throw new AppError('CASE_MATERIAL_UNKNOWN', `办件 ${caseNumber} 尚未提交，不能复用其材料`);
  }
  return earlier.id;
}
