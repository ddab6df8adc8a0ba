import { PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Col, Form, Input, InputNumber, Row, Select } from 'antd';
import type { ReactElement } from 'react';
import type {
  Material,
  MaterialForm,
  MaterialSource,
} from '../../../../../../domain/catalog/item-content.ts';
import { MATERIAL_FORM_LABELS, MATERIAL_SOURCE_LABELS } from '../../../../../../domain/catalog/labels.ts';
import type { FeeFormValue } from '../../item-form.ts';
import { MaterialFormsPanel } from './material-forms-panel.tsx';
import { CheckedItem, EditorBlock, RowActions } from './problem-fields.tsx';

const SOURCE_OPTIONS = (Object.keys(MATERIAL_SOURCE_LABELS) as MaterialSource[]).map((value) => ({
  value,
  label: MATERIAL_SOURCE_LABELS[value],
}));
const FORM_OPTIONS = (Object.keys(MATERIAL_FORM_LABELS) as MaterialForm[]).map((value) => ({
  value,
  label: MATERIAL_FORM_LABELS[value],
}));

const NEW_MATERIAL: Material = {
  name: '',
  source: 'applicant',
  forms: ['original'],
  originalCopies: 1,
  copyCopies: 0,
  required: true,
  deferrable: false,
};

const NEW_FEE: FeeFormValue = { name: '', amountYuan: null, basis: '' };

/** 申请材料: an editable, reorderable list; every element of a material the guide shows. */
export function MaterialsSection({ itemId }: { itemId?: string }): ReactElement {
  return (
    <>
      <MaterialsList />
      {itemId && <MaterialFormsPanel itemId={itemId} />}
    </>
  );
}

function MaterialsList(): ReactElement {
  return (
    <Form.List name="materials">
      {(fields, { add, remove, move }) => (
        <EditorBlock
          title={`申请材料（${fields.length} 项）`}
          list="materials"
          extra={
            <Button icon={<PlusOutlined />} onClick={() => add({ ...NEW_MATERIAL })}>
              添加材料
            </Button>
          }
        >
          {fields.length === 0 && <p className="ow-muted">无需提交材料。</p>}
          {fields.map((field, index) => {
            const at = (leaf: string) => ({
              name: [field.name, leaf],
              path: ['materials', field.name, leaf],
            });
            return (
              <div key={field.key} className="ow-editor-row">
                <div className="ow-editor-row-head">
                  <span>材料 {index + 1}</span>
                  <RowActions index={index} count={fields.length} move={move} remove={remove} noun="材料" />
                </div>
                <Row gutter={12}>
                  <Col xs={24} lg={12}>
                    <CheckedItem {...at('name')} label="材料名称">
                      <Input maxLength={200} />
                    </CheckedItem>
                  </Col>
                  <Col xs={12} lg={5}>
                    <CheckedItem {...at('source')} label="来源渠道">
                      <Select options={SOURCE_OPTIONS} />
                    </CheckedItem>
                  </Col>
                  <Col xs={12} lg={7}>
                    <CheckedItem {...at('issuedBy')} label="出具单位">
                      <Input maxLength={100} placeholder="如：公安机关" />
                    </CheckedItem>
                  </Col>
                  <Col xs={24} lg={8}>
                    <CheckedItem {...at('forms')} label="材料形式">
                      <Checkbox.Group options={FORM_OPTIONS} />
                    </CheckedItem>
                  </Col>
                  <Col xs={12} lg={4}>
                    <CheckedItem {...at('originalCopies')} label="原件份数">
                      <InputNumber min={0} max={99} precision={0} className="ow-full-width" />
                    </CheckedItem>
                  </Col>
                  <Col xs={12} lg={4}>
                    <CheckedItem {...at('copyCopies')} label="复印件份数">
                      <InputNumber min={0} max={99} precision={0} className="ow-full-width" />
                    </CheckedItem>
                  </Col>
                  <Col xs={12} lg={4}>
                    <CheckedItem {...at('required')} label="必要性" valuePropName="checked">
                      <Checkbox>必要材料</Checkbox>
                    </CheckedItem>
                  </Col>
                  <Col xs={12} lg={4}>
                    <CheckedItem {...at('deferrable')} label="容缺受理" valuePropName="checked">
                      <Checkbox>可容缺</Checkbox>
                    </CheckedItem>
                  </Col>
                  <Col xs={24} lg={12}>
                    <CheckedItem {...at('templateUrl')} label="空白表格链接">
                      <Input maxLength={500} placeholder="https://" />
                    </CheckedItem>
                  </Col>
                  <Col xs={24} lg={12}>
                    <CheckedItem {...at('sampleUrl')} label="填写样本链接">
                      <Input maxLength={500} placeholder="https://" />
                    </CheckedItem>
                  </Col>
                </Row>
                <CheckedItem {...at('notes')} label="填报说明">
                  <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={1000} />
                </CheckedItem>
              </div>
            );
          })}
        </EditorBlock>
      )}
    </Form.List>
  );
}

/** 收费: amounts typed in yuan, stored in fen; an empty list means 不收费. */
export function FeesSection(): ReactElement {
  return (
    <Form.List name="fees">
      {(fields, { add, remove, move }) => (
        <EditorBlock
          title="收费项目"
          list="fees"
          extra={
            <Button icon={<PlusOutlined />} onClick={() => add({ ...NEW_FEE })}>
              添加收费项目
            </Button>
          }
        >
          {fields.length === 0 && (
            <p className="ow-muted">不收费。只有收费目录清单内、有收费依据的项目才能收费。</p>
          )}
          {fields.map((field, index) => {
            const at = (leaf: string) => ({ name: [field.name, leaf], path: ['fees', field.name, leaf] });
            return (
              <div key={field.key} className="ow-editor-row">
                <div className="ow-editor-row-head">
                  <span>收费项目 {index + 1}</span>
                  <RowActions
                    index={index}
                    count={fields.length}
                    move={move}
                    remove={remove}
                    noun="收费项目"
                  />
                </div>
                <Row gutter={12}>
                  <Col xs={24} lg={12}>
                    <CheckedItem {...at('name')} label="收费项目名称">
                      <Input maxLength={200} />
                    </CheckedItem>
                  </Col>
                  <Col xs={24} lg={6}>
                    <CheckedItem {...at('amountYuan')} label="收费标准">
                      <InputNumber<string>
                        stringMode
                        min="0"
                        precision={2}
                        step="1"
                        suffix="元"
                        className="ow-full-width"
                      />
                    </CheckedItem>
                  </Col>
                  <Col xs={24} lg={6}>
                    <CheckedItem {...at('waivers')} label="减免情形">
                      <Input maxLength={1000} />
                    </CheckedItem>
                  </Col>
                  <Col xs={24} lg={12}>
                    <CheckedItem {...at('basis')} label="收费依据">
                      <Input maxLength={500} placeholder="如：发改价格规〔2016〕2559号" />
                    </CheckedItem>
                  </Col>
                  <Col xs={24} lg={12}>
                    <CheckedItem {...at('notes')} label="说明">
                      <Input maxLength={500} />
                    </CheckedItem>
                  </Col>
                </Row>
              </div>
            );
          })}
        </EditorBlock>
      )}
    </Form.List>
  );
}
