import { Radio, Select, Tag } from 'antd';
import type { ReactElement } from 'react';
import type { Category, Subject } from '../../../../../domain/catalog/item-content.ts';
import { CATEGORY_LABELS, SUBJECT_LABELS } from '../../../../../domain/catalog/labels.ts';
import type { Theme } from '../api/catalog-api.ts';
import type { ItemFilters } from '../search-params.ts';

export interface DepartmentOption {
  id: string;
  name: string;
}

type FilterChange = Partial<Omit<ItemFilters, 'page' | 'q'>>;

const CATEGORY_OPTIONS = (Object.keys(CATEGORY_LABELS) as Category[]).map((category) => ({
  value: category,
  label: CATEGORY_LABELS[category],
}));

/** 服务对象 in the words citizens use. */
const SUBJECT_CHOICES: { value: Subject | ''; label: string }[] = [
  { value: '', label: '全部' },
  { value: 'natural_person', label: '个人' },
  { value: 'legal_person', label: '法人' },
];

/**
 * The result list's filters: 服务对象, 主题, 事项类型 and 部门. Laid out in a row on a desk and
 * stacked in the drawer on a phone (`layout`).
 */
export function ItemFilterFields({
  filters,
  onChange,
  departments,
  themes,
  layout,
}: {
  filters: ItemFilters;
  onChange: (change: FilterChange) => void;
  departments: readonly DepartmentOption[];
  themes: readonly Theme[];
  layout: 'row' | 'stack';
}): ReactElement {
  const themeOptions = themes
    .filter((theme) => !filters.subject || theme.audience === filters.subject)
    .map((theme) => ({ value: theme.code, label: theme.name }));
  return (
    <div className={`ow-item-filters ow-item-filters-${layout}`}>
      <label className="ow-item-filter">
        <span>服务对象</span>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          value={filters.subject ?? ''}
          onChange={(event) => onChange({ subject: (event.target.value as Subject | '') || undefined })}
          options={SUBJECT_CHOICES}
        />
      </label>
      <label className="ow-item-filter">
        <span>主题</span>
        <Select
          allowClear
          placeholder="全部主题"
          value={filters.theme}
          onChange={(theme?: string) => onChange({ theme })}
          options={themeOptions}
          aria-label="主题"
        />
      </label>
      <label className="ow-item-filter">
        <span>事项类型</span>
        <Select
          allowClear
          placeholder="全部类型"
          value={filters.category}
          onChange={(category?: Category) => onChange({ category })}
          options={CATEGORY_OPTIONS}
          aria-label="事项类型"
        />
      </label>
      <label className="ow-item-filter">
        <span>办理部门</span>
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder="全部部门"
          value={filters.department}
          onChange={(department?: string) => onChange({ department })}
          options={departments.map((department) => ({ value: department.id, label: department.name }))}
          aria-label="办理部门"
        />
      </label>
    </div>
  );
}

/** The filters in force as tags; closing one clears it. */
export function ActiveFilterTags({
  filters,
  onChange,
  departments,
  themes,
}: {
  filters: ItemFilters;
  onChange: (change: FilterChange) => void;
  departments: readonly DepartmentOption[];
  themes: readonly Theme[];
}): ReactElement | null {
  const tags: { key: keyof FilterChange; label: string }[] = [];
  if (filters.subject) tags.push({ key: 'subject', label: SUBJECT_LABELS[filters.subject] });
  if (filters.theme)
    tags.push({
      key: 'theme',
      label: themes.find((theme) => theme.code === filters.theme)?.name ?? '所选主题',
    });
  if (filters.category) tags.push({ key: 'category', label: CATEGORY_LABELS[filters.category] });
  if (filters.department)
    tags.push({
      key: 'department',
      label: departments.find((department) => department.id === filters.department)?.name ?? '所选部门',
    });
  if (tags.length === 0) return null;
  return (
    <div className="ow-active-filters">
      {tags.map((tag) => (
        <Tag key={tag.key} closable color="blue" onClose={() => onChange({ [tag.key]: undefined })}>
          {tag.label}
        </Tag>
      ))}
    </div>
  );
}
