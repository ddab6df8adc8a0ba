import { ImportOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Row, Select, Tabs } from 'antd';
import { useMemo, useState, type ReactElement } from 'react';
import { useSignedInStaff } from '../features/auth/hooks/use-auth.ts';
import type { CalendarYear, LocalDayKind } from '../features/calendar/api/calendar-api.ts';
import { LocalDaysPanel } from '../features/calendar/components/local-days-panel.tsx';
import { WorkingDayCalculator } from '../features/calendar/components/working-day-calculator.tsx';
import { CalendarLegend, YearCalendar } from '../features/calendar/components/year-calendar.tsx';
import { YearEditorDrawer } from '../features/calendar/components/year-editor-drawer.tsx';
import { YearSummary } from '../features/calendar/components/year-summary.tsx';
import { useCalendarYears, useLocalDays } from '../features/calendar/hooks/use-calendar.ts';
import type { CalendarMarks } from '../features/calendar/month-grid.ts';
import { useCenters } from '../features/org/hooks/use-org.ts';
import { sortCenters } from '../features/org/labels.ts';
import { todayIsoDate } from '../shared/format.ts';
import { PageHeader } from '../shared/layout/page-header.tsx';
import { EmptyState, ErrorState, LoadingState } from '../shared/page-states.tsx';

type EditorState = { open: false } | { open: true; existing: CalendarYear | null; presetYear: number };

/** Regions whose local calendar an admin may look after: the centers' regions, own first. */
function useRegionOptions(ownRegionCode: string, ownCenterId: string | null) {
  const centers = useCenters();
  return useMemo(() => {
    const list = sortCenters(centers.data ?? []);
    const own = list.find((center) => center.id === ownCenterId);
    const defaultRegionCode = own?.regionCode ?? ownRegionCode;
    const seen = new Set<string>();
    const options: { value: string; label: string }[] = [];
    for (const center of own ? [own, ...list] : list) {
      if (seen.has(center.regionCode)) continue;
      seen.add(center.regionCode);
      options.push({ value: center.regionCode, label: `${center.regionName} · ${center.name}` });
    }
    if (!seen.has(defaultRegionCode))
      options.unshift({ value: defaultRegionCode, label: `本人所属区划（${defaultRegionCode}）` });
    return { options, defaultRegionCode, isLoading: centers.isPending };
  }, [centers.data, centers.isPending, ownCenterId, ownRegionCode]);
}

export function AdminCalendarPage(): ReactElement {
  const me = useSignedInStaff();
  const years = useCalendarYears();
  const regions = useRegionOptions(me.regionCode, me.centerId);
  const [chosenRegion, setChosenRegion] = useState<string | undefined>(undefined);
  const regionCode = chosenRegion ?? regions.defaultRegionCode;
  const localDays = useLocalDays(regionCode);
  const [editor, setEditor] = useState<EditorState>({ open: false });
  const [activeYear, setActiveYear] = useState<string | undefined>(undefined);
  const today = todayIsoDate();
  const mayReplaceYears = years.data?.mayReplaceYears ?? false;

  const sortedYears = useMemo(
    () => [...(years.data?.years ?? [])].sort((a, b) => a.year - b.year),
    [years.data],
  );
  const loadedYears = sortedYears.map((y) => y.year);
  const marks: CalendarMarks = useMemo(
    () => ({
      offDays: new Set(sortedYears.flatMap((y) => y.offDays)),
      workDays: new Set(sortedYears.flatMap((y) => y.workDays)),
      localDays: new Map<string, LocalDayKind>((localDays.data ?? []).map((day) => [day.date, day.kind])),
    }),
    [sortedYears, localDays.data],
  );

  const currentYear = Number(today.slice(0, 4));
  const defaultTab = loadedYears.includes(currentYear)
    ? String(currentYear)
    : String(loadedYears.at(-1) ?? '');
  const missingNextYear = years.data?.missingNextYear ?? null;
  const openNewYear = (year: number) => setEditor({ open: true, existing: null, presetYear: year });
  const nextNewYear =
    missingNextYear ?? (loadedYears.length > 0 ? Math.max(...loadedYears) + 1 : currentYear);

  let yearsBody: ReactElement;
  if (years.isPending) yearsBody = <LoadingState rows={10} />;
  else if (years.isError) yearsBody = <ErrorState error={years.error} onRetry={() => void years.refetch()} />;
  else if (sortedYears.length === 0)
    yearsBody = (
      <EmptyState description="尚未导入任何年度的节假日安排，工作日和办理时限都无法计算">
        {mayReplaceYears && (
          <Button type="primary" icon={<ImportOutlined />} onClick={() => openNewYear(currentYear)}>
            导入{currentYear}年安排
          </Button>
        )}
      </EmptyState>
    );
  else
    yearsBody = (
      <Tabs
        activeKey={activeYear ?? defaultTab}
        onChange={setActiveYear}
        items={sortedYears.map((year) => ({
          key: String(year.year),
          label: `${year.year}年`,
          children: (
            <div className="ow-year-tab">
              <YearSummary
                year={year}
                onEdit={
                  mayReplaceYears
                    ? () => setEditor({ open: true, existing: year, presetYear: year.year })
                    : undefined
                }
              />
              <CalendarLegend />
              {localDays.isError && (
                <Alert
                  type="warning"
                  showIcon
                  title="本地调整未能加载，日历中暂未标出本地停止办公日和增加的工作日"
                />
              )}
              <YearCalendar year={year.year} marks={marks} today={today} />
            </div>
          ),
        }))}
      />
    );

  return (
    <div className="ow-page">
      <PageHeader
        title="工作日历"
        subtitle="国务院办公厅每年发布的节假日安排，加上本地的停止办公日和增加的工作日，共同决定办件时限。"
        extra={
          mayReplaceYears && (
            <Button type="primary" icon={<ImportOutlined />} onClick={() => openNewYear(nextNewYear)}>
              导入年度安排
            </Button>
          )
        }
      />
      {missingNextYear !== null && (
        <Alert
          className="ow-card-gap"
          type="warning"
          showIcon
          title={`${missingNextYear}年节假日安排尚未导入，跨年办件时限无法计算`}
          description="国务院办公厅通常在每年10月至12月发布下一年度的节假日安排，发布后请及时导入。"
          action={
            mayReplaceYears && (
              <Button size="small" type="primary" onClick={() => openNewYear(missingNextYear)}>
                立即导入
              </Button>
            )
          }
        />
      )}
      <Card variant="borderless" title="国家节假日安排" className="ow-card-gap">
        {yearsBody}
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card
            variant="borderless"
            title="本地调整"
            extra={
              <Select
                className="ow-region-select"
                value={regionCode}
                onChange={setChosenRegion}
                options={regions.options}
                loading={regions.isLoading}
                aria-label="选择行政区划"
                popupMatchSelectWidth={false}
                showSearch={{ optionFilterProp: 'label' }}
              />
            }
          >
            <LocalDaysPanel regionCode={regionCode} />
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card variant="borderless" title="工作日计算">
            <WorkingDayCalculator regionCode={regionCode} />
          </Card>
        </Col>
      </Row>
      <YearEditorDrawer
        open={editor.open}
        onClose={() => setEditor({ open: false })}
        existing={editor.open ? editor.existing : null}
        presetYear={editor.open ? editor.presetYear : nextNewYear}
        loadedYears={loadedYears}
      />
    </div>
  );
}
