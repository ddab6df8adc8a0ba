import { DownloadOutlined, InboxOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App as AntApp, Button, Descriptions, Modal, Result, Steps, Table, Upload } from 'antd';
import { useState, type ReactElement } from 'react';
import { describeError } from '../../../shared/api.ts';
import { hallTodayIsoDate } from '../../../shared/format.ts';
import {
  downloadCatalogWorkbook,
  importProblemsOf,
  type ImportProblem,
  type ImportReport,
} from '../api/catalog-api.ts';
import { useImportCatalog } from '../hooks/use-catalog.ts';

/** Hands a downloaded file to the browser to save. */
function saveFile(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** 导出 Excel: the catalog of the admin's regions as one workbook. */
export function ExportCatalogButton(): ReactElement {
  const { message } = AntApp.useApp();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      icon={<DownloadOutlined />}
      loading={busy}
      onClick={async () => {
        setBusy(true);
        try {
          saveFile(await downloadCatalogWorkbook(), `事项目录-${hallTodayIsoDate()}.xlsx`);
        } catch (error) {
          void message.error(`导出失败：${describeError(error)}`);
        } finally {
          setBusy(false);
        }
      }}
    >
      导出 Excel
    </Button>
  );
}

function ReportTable({ report }: { report: ImportReport }): ReactElement {
  return (
    <Descriptions
      bordered
      size="small"
      column={1}
      items={[
        { key: 'created', label: '新增事项', children: `${report.created} 项` },
        { key: 'amended', label: '调整事项', children: `${report.amended} 项` },
        { key: 'abolished', label: '取消事项', children: `${report.abolished} 项` },
        { key: 'delegated', label: '下放事项', children: `${report.delegated} 项` },
        { key: 'unchanged', label: '无变化', children: `${report.unchanged} 项` },
      ]}
    />
  );
}

function ProblemsTable({ problems }: { problems: readonly ImportProblem[] }): ReactElement {
  return (
    <Table<ImportProblem & { key: number }>
      size="small"
      rowKey="key"
      dataSource={problems.map((problem, key) => ({ ...problem, key }))}
      pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
      columns={[
        { title: '工作表', dataIndex: 'sheet', width: 120 },
        {
          title: '行',
          dataIndex: 'row',
          width: 70,
          render: (row: number) => (row > 0 ? row : '整表'),
        },
        { title: '列', dataIndex: 'column', width: 140, render: (column: string) => column || '—' },
        { title: '问题', dataIndex: 'message' },
      ]}
    />
  );
}

type Stage =
  | { step: 'choose' }
  | { step: 'checked'; file: File; report: ImportReport }
  | { step: 'rejected'; file: File; problems: ImportProblem[]; message: string }
  | { step: 'done'; report: ImportReport };

/**
 * 导入 Excel: the file is checked first (dry run) and nothing is written until the admin confirms a
 * clean report. Every problem is listed at once, by sheet, row and column.
 */
export function ImportCatalogModal({ open, onClose }: { open: boolean; onClose: () => void }): ReactElement {
  const importer = useImportCatalog();
  const [stage, setStage] = useState<Stage>({ step: 'choose' });
  const [failure, setFailure] = useState<string | null>(null);

  const close = () => {
    setStage({ step: 'choose' });
    setFailure(null);
    importer.reset();
    onClose();
  };

  const check = (file: File) => {
    setFailure(null);
    importer.mutate(
      { file, dryRun: true },
      {
        onSuccess: (report) => setStage({ step: 'checked', file, report }),
        onError: (error) => {
          const problems = importProblemsOf(error);
          if (problems.length > 0)
            setStage({ step: 'rejected', file, problems, message: describeError(error) });
          else setFailure(describeError(error));
        },
      },
    );
  };

  const confirm = (file: File) => {
    setFailure(null);
    importer.mutate(
      { file, dryRun: false },
      {
        onSuccess: (report) => setStage({ step: 'done', report }),
        onError: (error) => {
          const problems = importProblemsOf(error);
          if (problems.length > 0)
            setStage({ step: 'rejected', file, problems, message: describeError(error) });
          else setFailure(describeError(error));
        },
      },
    );
  };

  const current = { choose: 0, checked: 1, rejected: 1, done: 2 }[stage.step];
  let body: ReactElement;
  let footer: ReactElement[];
  switch (stage.step) {
    case 'choose':
      body = (
        <Upload.Dragger
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          maxCount={1}
          showUploadList={false}
          disabled={importer.isPending}
          beforeUpload={(file) => {
            check(file);
            return false;
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">点击或拖入事项目录 Excel 文件（.xlsx）</p>
          <p className="ant-upload-hint">
            建议先“导出 Excel”，在导出的文件上修改后再导入。选择文件后会先检查，不会立即导入。
          </p>
        </Upload.Dragger>
      );
      footer = [
        <Button key="close" onClick={close}>
          取消
        </Button>,
      ];
      break;
    case 'checked':
      body = (
        <>
          <Alert
            className="ow-card-gap"
            type="success"
            showIcon
            title={`“${stage.file.name}”检查通过`}
            description="确认后将按下表导入；新增和调整的内容以文件中的生效日期为准。"
          />
          <ReportTable report={stage.report} />
        </>
      );
      footer = [
        <Button key="again" onClick={() => setStage({ step: 'choose' })} disabled={importer.isPending}>
          重新选择文件
        </Button>,
        <Button key="confirm" type="primary" loading={importer.isPending} onClick={() => confirm(stage.file)}>
          确认导入
        </Button>,
      ];
      break;
    case 'rejected':
      body = (
        <>
          <Alert
            className="ow-card-gap"
            type="error"
            showIcon
            title={stage.message}
            description={`请按下表修改“${stage.file.name}”后重新选择文件。`}
          />
          <ProblemsTable problems={stage.problems} />
        </>
      );
      footer = [
        <Button key="close" onClick={close}>
          关闭
        </Button>,
        <Button
          key="again"
          type="primary"
          icon={<UploadOutlined />}
          onClick={() => setStage({ step: 'choose' })}
        >
          重新选择文件
        </Button>,
      ];
      break;
    case 'done':
      body = (
        <Result status="success" title="导入完成" subTitle="事项目录已更新。">
          <ReportTable report={stage.report} />
        </Result>
      );
      footer = [
        <Button key="close" type="primary" onClick={close}>
          完成
        </Button>,
      ];
      break;
    default: {
      const unknown: never = stage;
      throw new Error(String(unknown));
    }
  }

  return (
    <Modal title="导入 Excel" open={open} onCancel={close} width={760} footer={footer} destroyOnHidden>
      <Steps
        className="ow-card-gap"
        size="small"
        current={current}
        status={stage.step === 'rejected' ? 'error' : undefined}
        items={[{ title: '选择文件' }, { title: '检查' }, { title: '完成' }]}
      />
      {importer.isPending && stage.step === 'choose' && (
        <Alert className="ow-card-gap" type="info" showIcon title="正在检查文件，请稍候…" />
      )}
      {failure && <Alert className="ow-card-gap" type="error" showIcon title={failure} />}
      {body}
    </Modal>
  );
}
