import { DownloadOutlined, FileTextOutlined, PaperClipOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import type { ReactElement } from 'react';
import type { Material } from '../../../../../domain/catalog/item-content.ts';
import { MATERIAL_FORM_LABELS, MATERIAL_SOURCE_LABELS } from '../../../../../domain/catalog/labels.ts';
import { FORM_KIND_LABELS } from '../../../../../domain/catalog/forms.ts';
import { formDownloadUrl, type GuideForm } from '../api/catalog-api.ts';

type GuideForms = { itemId: string; list: readonly GuideForm[] } | undefined;

/** “2 KB”, “1.4 MB” */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

const TYPE_LABELS: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/msword': 'Word',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
  'application/vnd.ms-excel': 'Excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel',
  'application/ofd': 'OFD',
};

/** “原件 1 份、复印件 2 份、电子件” */
export function materialFormsText(material: Material): string {
  return material.forms
    .map((form) => {
      if (form === 'original') return `${MATERIAL_FORM_LABELS.original} ${material.originalCopies} 份`;
      if (form === 'copy') return `${MATERIAL_FORM_LABELS.copy} ${material.copyCopies} 份`;
      return MATERIAL_FORM_LABELS[form];
    })
    .join('、');
}

function sourceText(material: Material): string {
  const source = MATERIAL_SOURCE_LABELS[material.source];
  return material.issuedBy ? `${source}（${material.issuedBy}）` : source;
}

function Necessity({ material }: { material: Material }): ReactElement {
  return (
    <span className="ow-tag-list">
      {material.required ? <Tag color="red">必要</Tag> : <Tag>非必要</Tag>}
      {material.deferrable && <Tag color="gold">可容缺</Tag>}
      {material.source === 'e_license' && <Tag color="green">免提交实体证</Tag>}
    </span>
  );
}

function Attachments({ material, forms }: { material: Material; forms: GuideForms }): ReactElement | null {
  const stored = forms?.list.filter((form) => form.materialName === material.name) ?? [];
  if (!material.templateUrl && !material.sampleUrl && stored.length === 0) return null;
  return (
    <span className="ow-material-links">
      {stored.map((form) => (
        <a
          key={form.id}
          href={formDownloadUrl(forms!.itemId, form.id)}
          download={form.fileName}
          title={form.fileName}
        >
          <DownloadOutlined aria-hidden /> {FORM_KIND_LABELS[form.kind]}
          <span className="ow-muted">
            （{TYPE_LABELS[form.contentType] ?? '文件'}，{formatFileSize(form.size)}）
          </span>
        </a>
      ))}
      {material.templateUrl && (
        <a href={material.templateUrl} target="_blank" rel="noreferrer">
          <FileTextOutlined aria-hidden /> 空白表格
        </a>
      )}
      {material.sampleUrl && (
        <a href={material.sampleUrl} target="_blank" rel="noreferrer">
          <PaperClipOutlined aria-hidden /> 填写样本
        </a>
      )}
    </span>
  );
}

/**
 * 申请材料: a table on a desk and on paper, cards on a phone. Both are in the page and CSS picks
 * one, so printing from a phone still prints the table.
 */
export function GuideMaterials({
  materials,
  forms,
}: {
  materials: readonly Material[];
  forms?: GuideForms;
}): ReactElement {
  if (materials.length === 0) return <p className="ow-guide-none">无需提交申请材料。</p>;
  const required = materials.filter((material) => material.required).length;
  return (
    <>
      <p className="ow-guide-lead">
        共 {materials.length} 项，其中必要材料 {required} 项。
        {materials.some((material) => material.deferrable) && '标有“可容缺”的材料可以先受理、后补交。'}
      </p>
      <table className="ow-guide-table ow-materials-table">
        <thead>
          <tr>
            <th scope="col">序号</th>
            <th scope="col">材料名称</th>
            <th scope="col">来源</th>
            <th scope="col">形式与份数</th>
            <th scope="col">要求</th>
            <th scope="col">表格下载</th>
          </tr>
        </thead>
        <tbody>
          {materials.map((material, index) => (
            <tr key={`${material.name}-${index}`}>
              <td>{index + 1}</td>
              <td>
                <strong>{material.name}</strong>
                {material.notes && <div className="ow-guide-note">{material.notes}</div>}
              </td>
              <td>{sourceText(material)}</td>
              <td>{materialFormsText(material)}</td>
              <td>
                <Necessity material={material} />
              </td>
              <td>
                <Attachments material={material} forms={forms} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ol className="ow-material-cards">
        {materials.map((material, index) => (
          <li key={`${material.name}-${index}`} className="ow-material-card">
            <div className="ow-material-card-head">
              <span className="ow-material-index">{index + 1}</span>
              <strong>{material.name}</strong>
            </div>
            <Necessity material={material} />
            <dl className="ow-material-facts">
              <div>
                <dt>来源</dt>
                <dd>{sourceText(material)}</dd>
              </div>
              <div>
                <dt>形式</dt>
                <dd>{materialFormsText(material)}</dd>
              </div>
              {material.notes && (
                <div>
                  <dt>说明</dt>
                  <dd>{material.notes}</dd>
                </div>
              )}
            </dl>
            <Attachments material={material} forms={forms} />
          </li>
        ))}
      </ol>
    </>
  );
}
