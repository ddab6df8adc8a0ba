import { locationNote } from '../../../../../domain/catalog/location.ts';
import { PhoneOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import type { ReactElement, ReactNode } from 'react';
import type { ItemContent } from '../../../../../domain/catalog/item-content.ts';
import {
  CATEGORY_CODES,
  CATEGORY_LABELS,
  CHANNEL_LABELS,
  DELIVERY_LABELS,
  EXERCISE_LEVEL_LABELS,
  formatFen,
  HANDLING_KIND_LABELS,
  ONLINE_DEPTH_LABELS,
  RESULT_KIND_LABELS,
  STEP_ROLE_LABELS,
  SUBJECT_LABELS,
} from '../../../../../domain/catalog/labels.ts';
import type { GuideForm, GuideWindow } from '../api/catalog-api.ts';
import { visitsText } from '../labels.ts';
import { GuideMaterials } from './guide-materials.tsx';

/** The guide's sections in the order printed guides use; the chips at the top jump to them. */
export const GUIDE_SECTIONS = [
  { id: 'guide-basic', label: '基本信息', title: '基本信息' },
  { id: 'guide-conditions', label: '受理条件', title: '受理条件' },
  { id: 'guide-materials', label: '申请材料', title: '申请材料' },
  { id: 'guide-fees', label: '收费', title: '收费标准' },
  { id: 'guide-process', label: '办理流程', title: '办理流程' },
  { id: 'guide-result', label: '办理结果', title: '办理结果与送达' },
  { id: 'guide-basis', label: '设定依据', title: '设定依据' },
  { id: 'guide-location', label: '地点时间', title: '办理地点与时间' },
  { id: 'guide-contact', label: '咨询投诉', title: '咨询与投诉' },
  { id: 'guide-faq', label: '常见问题', title: '常见问题' },
] as const;

type SectionId = (typeof GUIDE_SECTIONS)[number]['id'];

function GuideSection({ id, children }: { id: SectionId; children: ReactNode }): ReactElement {
  const title = GUIDE_SECTIONS.find((section) => section.id === id)!.title;
  return (
    <section id={id} className="ow-portal-section ow-guide-section" aria-labelledby={`${id}-title`}>
      <div className="ow-portal-section-head">
        <h2 id={`${id}-title`}>{title}</h2>
      </div>
      {children}
    </section>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }): ReactElement {
  return (
    <div className="ow-guide-fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

const days = (n: number) => `${n} 个工作日`;

function PhoneLink({ phone }: { phone: string }): ReactElement {
  return (
    <a className="ow-phone-link" href={`tel:${phone.replace(/[^0-9+]/g, '')}`}>
      <PhoneOutlined aria-hidden /> {phone}
    </a>
  );
}

export interface GuideContext {
  departmentName: string;
  departmentPhone?: string | null;
  regionName?: string;
  implementationCode?: string;
  /** The windows that accept the item; absent in the admin's read-only view. */
  windows?: readonly GuideWindow[];
  /** 表格下载 with the item they download from; absent in the admin's read-only view. */
  forms?: { itemId: string; list: readonly GuideForm[] };
  /** Where to go when no window is assigned yet: the center of the item's region. */
  center?: { name: string; address: string; openingHours: string } | undefined;
}

/** “3楼 商事登记区 31号窗口（经营主体登记）”; the center's name is the heading above. */
function windowPlace(window: GuideWindow): string {
  const floor = window.floor === null ? window.hallName : `${window.floor}楼`;
  const place = [floor, window.zoneName, `${window.number}号窗口`].filter(Boolean).join(' ');
  return window.windowName ? `${place}（${window.windowName}）` : place;
}

function Location({ content, context }: { content: ItemContent; context: GuideContext }): ReactElement {
  const { windows, center } = context;
  // The place comes from the windows that accept the item; the written text only adds a note.
  const note = locationNote(content.location);
  if (!windows || windows.length === 0) {
    return (
      <dl className="ow-guide-facts">
        <Fact label="办理地点">
          {note ?? (center ? `${center.name}综合受理窗口` : '政务服务中心综合受理窗口')}
          {center && <div className="ow-guide-note">{center.address}</div>}
        </Fact>
        {center && <Fact label="办理时间">{center.openingHours}</Fact>}
      </dl>
    );
  }
  const centers = new Map<string, GuideWindow[]>();
  for (const window of windows)
    centers.set(window.centerId, [...(centers.get(window.centerId) ?? []), window]);
  return (
    <div className="ow-guide-centers">
      {[...centers.values()].map((list) => {
        const center = list[0]!;
        return (
          <div key={center.centerId} className="ow-guide-center">
            <h3>{center.centerName}</h3>
            <dl className="ow-guide-facts">
              <Fact label="地址">{center.address}</Fact>
              <Fact label="办理时间">{center.openingHours}</Fact>
              <Fact label="窗口">
                <ul className="ow-guide-windows">
                  {list.map((window) => (
                    <li key={`${window.centerId}-${window.number}`}>{windowPlace(window)}</li>
                  ))}
                </ul>
              </Fact>
            </dl>
          </div>
        );
      })}
      {note && <p className="ow-guide-note ow-guide-location-note">说明：{note}</p>}
    </div>
  );
}

/**
 * Every element of a 办事指南, expanded, in the order real guides use. The portal shows it to
 * citizens (with the accepting windows); the admin's history shows a revision's content the same way.
 */
export function GuideSections({
  content,
  context,
}: {
  content: ItemContent;
  context: GuideContext;
}): ReactElement {
  const immediate = content.handlingKind === 'immediate' || content.promisedLimitDays === null;
  return (
    <>
      <GuideSection id="guide-basic">
        <dl className="ow-guide-facts">
          <Fact label="事项类型">
            {CATEGORY_LABELS[content.category]}
            <span className="ow-muted">（{CATEGORY_CODES[content.category]}）</span>
          </Fact>
          <Fact label="实施主体">{context.departmentName}</Fact>
          <Fact label="行使层级">
            {EXERCISE_LEVEL_LABELS[content.exerciseLevel] ?? content.exerciseLevel}
          </Fact>
          <Fact label="服务对象">
            {content.subjects.map((subject) => SUBJECT_LABELS[subject]).join('、')}
          </Fact>
          <Fact label="办件类型">{HANDLING_KIND_LABELS[content.handlingKind]}</Fact>
          <Fact label="法定办结时限">{days(content.statutoryLimitDays)}</Fact>
          <Fact label="承诺办结时限">
            {immediate ? '即办（当场办结）' : days(content.promisedLimitDays ?? 0)}
          </Fact>
          <Fact label="到现场次数">
            {visitsText(content.visitsRequired)}
            {content.visitsRequired > 0 && content.visitReason && (
              <div className="ow-guide-note">须到现场的原因：{content.visitReason}</div>
            )}
          </Fact>
          <Fact label="网办深度">
            {content.onlineDepth.length === 0
              ? '暂不支持网上办理'
              : content.onlineDepth.map((depth) => ONLINE_DEPTH_LABELS[depth]).join('、')}
          </Fact>
          <Fact label="办理渠道">
            {content.channels.map((channel) => CHANNEL_LABELS[channel]).join('、')}
          </Fact>
          <Fact label="是否收费">{content.fees.length === 0 ? '不收费' : '收费（见“收费”）'}</Fact>
          {content.commitmentBased && <Fact label="告知承诺制">实行告知承诺，符合条件的可当场作出决定</Fact>}
          {context.implementationCode && (
            <Fact label="实施编码">
              <span className="ow-mono">{context.implementationCode}</span>
            </Fact>
          )}
        </dl>
      </GuideSection>

      <GuideSection id="guide-conditions">
        {content.conditions.length === 0 ? (
          <p className="ow-guide-none">无特别受理条件。</p>
        ) : (
          <ol className="ow-guide-list">
            {content.conditions.map((condition, index) => (
              <li key={index}>{condition}</li>
            ))}
          </ol>
        )}
      </GuideSection>

      <GuideSection id="guide-materials">
        <GuideMaterials materials={content.materials} forms={context.forms} />
      </GuideSection>

      <GuideSection id="guide-fees">
        {content.fees.length === 0 ? (
          <p className="ow-guide-free">不收费</p>
        ) : (
          <ul className="ow-guide-fees">
            {content.fees.map((fee, index) => (
              <li key={index}>
                <div className="ow-guide-fee-head">
                  <strong>{fee.name}</strong>
                  <span className="ow-guide-amount">{formatFen(fee.amountFen)}</span>
                </div>
                <div className="ow-guide-note">收费依据：{fee.basis}</div>
                {fee.waivers && <div className="ow-guide-note">减免情形：{fee.waivers}</div>}
                {fee.notes && <div className="ow-guide-note">{fee.notes}</div>}
              </li>
            ))}
          </ul>
        )}
      </GuideSection>

      <GuideSection id="guide-process">
        <ol className="ow-guide-steps">
          {content.steps.map((step, index) => (
            <li key={index}>
              <span className="ow-guide-step-number" aria-hidden>
                {index + 1}
              </span>
              <div>
                <strong>{step.name}</strong>
                <div className="ow-guide-step-meta">
                  {STEP_ROLE_LABELS[step.role]} · {step.limitDays === 0 ? '当日完成' : days(step.limitDays)}
                </div>
                {step.description && <div className="ow-guide-note">{step.description}</div>}
              </div>
            </li>
          ))}
        </ol>
      </GuideSection>

      <GuideSection id="guide-result">
        <dl className="ow-guide-facts">
          <Fact label="办理结果">
            {content.result.name}
            <span className="ow-muted">（{RESULT_KIND_LABELS[content.result.kind]}）</span>
          </Fact>
          {content.result.issuesELicense && (
            <Fact label="电子证照">同步发放电子证照，可在手机上亮证使用</Fact>
          )}
          <Fact label="送达方式">
            <span className="ow-tag-list">
              {content.delivery.map((option) => (
                <Tag key={option}>{DELIVERY_LABELS[option]}</Tag>
              ))}
            </span>
          </Fact>
        </dl>
      </GuideSection>

      <GuideSection id="guide-basis">
        {content.legalBasis.length === 0 ? (
          <p className="ow-guide-none">无。</p>
        ) : (
          <ol className="ow-guide-list ow-guide-basis">
            {content.legalBasis.map((basis, index) => (
              <li key={index}>
                <strong>
                  {basis.title}
                  {basis.article}
                </strong>
                {basis.text && <blockquote>{basis.text}</blockquote>}
              </li>
            ))}
          </ol>
        )}
      </GuideSection>

      <GuideSection id="guide-location">
        <Location content={content} context={context} />
      </GuideSection>

      <GuideSection id="guide-contact">
        <dl className="ow-guide-facts">
          <Fact label="咨询电话">
            <PhoneLink phone={content.consultationPhone} />
          </Fact>
          <Fact label="监督投诉电话">
            <PhoneLink phone={content.complaintPhone} />
          </Fact>
          {context.departmentPhone && context.departmentPhone !== content.consultationPhone && (
            <Fact label="部门电话">
              <PhoneLink phone={context.departmentPhone} />
            </Fact>
          )}
        </dl>
      </GuideSection>

      <GuideSection id="guide-faq">
        {content.faq.length === 0 ? (
          <p className="ow-guide-none">暂无常见问题。有疑问请拨打咨询电话。</p>
        ) : (
          <dl className="ow-guide-faq">
            {content.faq.map((entry, index) => (
              <div key={index}>
                <dt>问：{entry.question}</dt>
                <dd>答：{entry.answer}</dd>
              </div>
            ))}
          </dl>
        )}
      </GuideSection>
    </>
  );
}
