import { PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Col, Form, Input, Radio, Row, Select, Switch } from 'antd';
import type { ReactElement } from 'react';
import type { Category, Subject } from '../../../../../../domain/catalog/item-content.ts';
import {
  CATEGORY_CODES,
  CATEGORY_LABELS,
  EXERCISE_LEVEL_LABELS,
  HANDLING_KIND_LABELS,
  SUBJECT_LABELS,
} from '../../../../../../domain/catalog/labels.ts';
import type { HandlingKind } from '../../../../../../domain/clock/types.ts';
import { CheckedItem, EditorBlock, RowActions } from './problem-fields.tsx';

export interface DepartmentChoice {
  id: string;
  name: string;
}

const CATEGORY_OPTIONS = (Object.keys(CATEGORY_LABELS) as Category[]).map((value) => ({
  value,
  label: `${CATEGORY_CODES[value]} ${CATEGORY_LABELS[value]}`,
}));
const LEVEL_OPTIONS = Object.entries(EXERCISE_LEVEL_LABELS).map(([value, label]) => ({
  value: Number(value),
  label,
}));
const SUBJECT_OPTIONS = (Object.keys(SUBJECT_LABELS) as Subject[]).map((value) => ({
  value,
  label: SUBJECT_LABELS[value],
}));
const HANDLING_OPTIONS = (Object.keys(HANDLING_KIND_LABELS) as HandlingKind[]).map((value) => ({
  value,
  label: HANDLING_KIND_LABELS[value],
}));

/** 基本信息: name, codes, department, category, level, subjects, handling kind, 告知承诺制. */
export function BasicSection({
  isNew,
  departments,
}: {
  isNew: boolean;
  departments: readonly DepartmentChoice[];
}): ReactElement {
  return (
    <>
      <Row gutter={16}>
        <Col xs={24} lg={16}>
          <CheckedItem name="name" label="事项名称" required>
            <Input maxLength={200} placeholder="如：企业设立登记" />
          </CheckedItem>
        </Col>
        <Col xs={24} lg={8}>
          <CheckedItem name="departmentId" label="实施部门" required>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              placeholder="选择实施部门"
              options={departments.map((department) => ({ value: department.id, label: department.name }))}
            />
          </CheckedItem>
        </Col>
        <Col xs={24} lg={12}>
          <CheckedItem
            name="implementationCode"
            label="实施编码"
            required={isNew}
            extra={
              isNew
                ? '由字母、数字和连字符组成，不能与其他事项重复；创建后不可修改'
                : '实施编码创建后不可修改'
            }
          >
            <Input
              maxLength={50}
              disabled={!isNew}
              className="ow-mono"
              placeholder="如：390522-000117001000-01"
            />
          </CheckedItem>
        </Col>
        <Col xs={24} lg={12}>
          <CheckedItem name="basicCode" label="基本编码" required extra="国家或省级基本目录中的编码">
            <Input maxLength={50} className="ow-mono" placeholder="如：000117001000" />
          </CheckedItem>
        </Col>
        <Col xs={24} lg={12}>
          <CheckedItem name="category" label="事项类型" required>
            <Select options={CATEGORY_OPTIONS} />
          </CheckedItem>
        </Col>
        <Col xs={24} lg={12}>
          <CheckedItem name="exerciseLevel" label="行使层级" required>
            <Select options={LEVEL_OPTIONS} />
          </CheckedItem>
        </Col>
        <Col xs={24} lg={12}>
          <CheckedItem name="subjects" label="服务对象" required>
            <Checkbox.Group options={SUBJECT_OPTIONS} />
          </CheckedItem>
        </Col>
        <Col xs={24} lg={12}>
          <CheckedItem name="handlingKind" label="办件类型" required>
            <Radio.Group optionType="button" options={HANDLING_OPTIONS} />
          </CheckedItem>
        </Col>
        <Col xs={24} lg={12}>
          <CheckedItem
            name="commitmentBased"
            label="告知承诺制"
            valuePropName="checked"
            extra="申请人书面承诺符合条件的，可不再提交相应证明材料"
          >
            <Switch checkedChildren="实行" unCheckedChildren="不实行" />
          </CheckedItem>
        </Col>
      </Row>
    </>
  );
}

/** 依据与条件: the legal basis and the acceptance conditions. */
export function BasisSection(): ReactElement {
  return (
    <>
      <Form.List name="legalBasis">
        {(fields, { add, remove, move }) => (
          <EditorBlock
            title="设定依据"
            list="legalBasis"
            extra={
              <Button icon={<PlusOutlined />} onClick={() => add({ title: '', article: '' })}>
                添加依据
              </Button>
            }
          >
            {fields.length === 0 && <p className="ow-muted">尚无设定依据。行政权力事项至少需要一条。</p>}
            {fields.map((field, index) => (
              <div key={field.key} className="ow-editor-row">
                <div className="ow-editor-row-head">
                  <span>依据 {index + 1}</span>
                  <RowActions index={index} count={fields.length} move={move} remove={remove} noun="依据" />
                </div>
                <Row gutter={12}>
                  <Col xs={24} lg={14}>
                    <CheckedItem
                      name={[field.name, 'title']}
                      path={['legalBasis', field.name, 'title']}
                      label="法律法规名称"
                    >
                      <Input maxLength={200} placeholder="《中华人民共和国行政许可法》" />
                    </CheckedItem>
                  </Col>
                  <Col xs={24} lg={10}>
                    <CheckedItem
                      name={[field.name, 'article']}
                      path={['legalBasis', field.name, 'article']}
                      label="条款"
                    >
                      <Input maxLength={100} placeholder="第二十九条" />
                    </CheckedItem>
                  </Col>
                </Row>
                <CheckedItem
                  name={[field.name, 'text']}
                  path={['legalBasis', field.name, 'text']}
                  label="条款内容（可选）"
                >
                  <Input.TextArea autoSize={{ minRows: 1, maxRows: 6 }} maxLength={4000} />
                </CheckedItem>
              </div>
            ))}
          </EditorBlock>
        )}
      </Form.List>

      <Form.List name="conditions">
        {(fields, { add, remove, move }) => (
          <EditorBlock
            title="受理条件"
            list="conditions"
            extra={
              <Button icon={<PlusOutlined />} onClick={() => add('')}>
                添加条件
              </Button>
            }
          >
            {fields.length === 0 && <p className="ow-muted">无特别受理条件。</p>}
            {fields.map((field, index) => (
              <div key={field.key} className="ow-editor-inline-row">
                <span className="ow-editor-index">{index + 1}</span>
                <CheckedItem name={field.name} path={['conditions', field.name]} className="ow-editor-grow">
                  <Input.TextArea
                    autoSize={{ minRows: 1, maxRows: 4 }}
                    maxLength={1000}
                    aria-label={`受理条件 ${index + 1}`}
                  />
                </CheckedItem>
                <RowActions index={index} count={fields.length} move={move} remove={remove} noun="条件" />
              </div>
            ))}
          </EditorBlock>
        )}
      </Form.List>
    </>
  );
}
