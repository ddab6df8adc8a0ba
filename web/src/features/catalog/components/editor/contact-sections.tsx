import { PlusOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, InputNumber, Row, Select } from 'antd';
import type { ReactElement } from 'react';
import { SUBJECT_LABELS } from '../../../../../../domain/catalog/labels.ts';
import type { Theme } from '../../api/catalog-api.ts';
import { CheckedItem, EditorBlock, RowActions } from './problem-fields.tsx';

/** 咨询与投诉: phones, the duties of the responsibility list, and the FAQ. */
export function ContactSection(): ReactElement {
  return (
    <>
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <CheckedItem name="consultationPhone" label="咨询电话" required>
            <Input maxLength={50} placeholder="如：0649-6626001" />
          </CheckedItem>
        </Col>
        <Col xs={24} lg={12}>
          <CheckedItem name="complaintPhone" label="监督投诉电话" required>
            <Input maxLength={50} placeholder="如：12345" />
          </CheckedItem>
        </Col>
      </Row>

      <Form.List name="responsibilities">
        {(fields, { add, remove, move }) => (
          <EditorBlock
            title="责任事项（责任清单）"
            list="responsibilities"
            extra={
              <Button icon={<PlusOutlined />} onClick={() => add('')}>
                添加责任事项
              </Button>
            }
          >
            {fields.length === 0 && (
              <p className="ow-muted">如：受理责任、审查责任、决定责任、送达责任、事后监管责任。</p>
            )}
            {fields.map((field, index) => (
              <div key={field.key} className="ow-editor-inline-row">
                <span className="ow-editor-index">{index + 1}</span>
                <CheckedItem
                  name={field.name}
                  path={['responsibilities', field.name]}
                  className="ow-editor-grow"
                >
                  <Input.TextArea
                    autoSize={{ minRows: 1, maxRows: 4 }}
                    maxLength={500}
                    aria-label={`责任事项 ${index + 1}`}
                  />
                </CheckedItem>
                <RowActions index={index} count={fields.length} move={move} remove={remove} noun="责任事项" />
              </div>
            ))}
          </EditorBlock>
        )}
      </Form.List>

      <Form.List name="faq">
        {(fields, { add, remove, move }) => (
          <EditorBlock
            title="常见问题"
            list="faq"
            extra={
              <Button icon={<PlusOutlined />} onClick={() => add({ question: '', answer: '' })}>
                添加问题
              </Button>
            }
          >
            {fields.map((field, index) => (
              <div key={field.key} className="ow-editor-row">
                <div className="ow-editor-row-head">
                  <span>问题 {index + 1}</span>
                  <RowActions index={index} count={fields.length} move={move} remove={remove} noun="问题" />
                </div>
                <CheckedItem
                  name={[field.name, 'question']}
                  path={['faq', field.name, 'question']}
                  label="问题"
                >
                  <Input maxLength={300} />
                </CheckedItem>
                <CheckedItem name={[field.name, 'answer']} path={['faq', field.name, 'answer']} label="解答">
                  <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
                </CheckedItem>
              </div>
            ))}
          </EditorBlock>
        )}
      </Form.List>
    </>
  );
}

/** 主题与关键词, and the 热门事项 order on the portal home. */
export function ThemesSection({ themes }: { themes: readonly Theme[] }): ReactElement {
  return (
    <Row gutter={16}>
      <Col xs={24} lg={12}>
        <CheckedItem name="themes" label="所属主题" extra="在门户“主题服务”中按主题列出">
          <Select
            mode="multiple"
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder="选择主题"
            options={themes.map((theme) => ({
              value: theme.code,
              label: `${theme.name}（${SUBJECT_LABELS[theme.audience]}）`,
            }))}
          />
        </CheckedItem>
      </Col>
      <Col xs={24} lg={12}>
        <CheckedItem
          name="keywords"
          label="关键词"
          extra="群众搜索时常用的说法，如“开公司”“办执照”；输入后按回车"
        >
          <Select mode="tags" tokenSeparators={[',', '，', '、']} placeholder="输入关键词" open={false} />
        </CheckedItem>
      </Col>
      <Col xs={24} lg={12}>
        <CheckedItem
          name="hotRank"
          label="热门排序"
          extra="填写 1–999 在门户首页“热门事项”中按序展示；留空则不展示"
        >
          <InputNumber min={1} max={999} precision={0} className="ow-full-width" placeholder="不展示" />
        </CheckedItem>
      </Col>
    </Row>
  );
}
