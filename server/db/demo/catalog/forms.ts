/*
 * 表格下载 of the demo: a blank form and a filled-in sample (样表) for the application forms of a few
 * items, as small one-page PDFs written here. Chinese text uses STSong-Light, one of the standard CJK
 * fonts every PDF reader supplies, so nothing is embedded and each file is about 2 KB.
 */

/** The demo items that offer forms; their materials built by `form()` (申请书/申请表) get both kinds. */
export const DEMO_FORM_ITEMS = ['企业设立登记', '食品经营许可', '个体工商户设立登记', '普通护照签发'];

export function isDemoFormMaterial(name: string): boolean {
  return /(申请书|申请表)$/.test(name);
}

/** UTF-16BE hex of the text, as STSong-Light with UniGB-UCS2-H reads it. */
function hexOf(text: string): string {
  return Buffer.from(text, 'utf16le').swap16().toString('hex').toUpperCase();
}

/** A one-page PDF with a title and lines of text (Chinese welcome). */
export function writeSimplePdf(title: string, lines: string[]): Buffer {
  const text = [
    'BT',
    '/F1 20 Tf',
    '72 770 Td',
    `<${hexOf(title)}> Tj`,
    '/F1 12 Tf',
    ...lines.flatMap((line) => ['0 -28 Td', `<${hexOf(line)}> Tj`]),
    'ET',
  ].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${Buffer.byteLength(text, 'latin1')} >>\nstream\n${text}\nendstream`,
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 7 0 R /DW 1000 >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
    `<< /Title <FEFF${hexOf(title)}> /Producer (OneWindow demo) >>`,
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(Buffer.byteLength(pdf, 'latin1'));
    pdf += `${index + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) pdf += `${String(offset).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info ${objects.length} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

/** The blank form and the sample of one material. */
export function demoFormFiles(itemName: string, materialName: string) {
  const fields = [
    '申请人（单位）名称',
    '统一社会信用代码 / 身份证件号码',
    '联系人及电话',
    '申请事项',
    '申请日期',
  ];
  const sample = [
    '栖云县青禾餐饮有限公司',
    '91330000MA2XXXXX0A',
    '王晓明 0571-8888 0000',
    itemName,
    '2026年11月23日',
  ];
  return [
    {
      kind: 'blank' as const,
      fileName: `${materialName}（空白表格）.pdf`,
      content: writeSimplePdf(materialName, [
        `事项：${itemName}`,
        ...fields.map((field) => `${field}：________________________`),
        '申请人签字（盖章）：________________',
      ]),
    },
    {
      kind: 'sample' as const,
      fileName: `${materialName}（填写样例）.pdf`,
      content: writeSimplePdf(`${materialName}（填写样例）`, [
        `事项：${itemName}`,
        ...fields.map((field, index) => `${field}：${sample[index]}`),
        '申请人签字（盖章）：王晓明',
        '样例仅供参考，请按本人（本单位）实际情况填写。',
      ]),
    },
  ];
}
