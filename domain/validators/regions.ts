/**
 * Province-level codes of GB/T 2260 (the first two digits of a division code), plus 83: the
 * residence permits of Taiwan residents use 830000 (81/82 serve Hong Kong and Macao residents).
 */
// prettier-ignore
export const PROVINCE_CODES: ReadonlySet<string> = new Set([
  '11', '12', '13', '14', '15', // 京 津 冀 晋 蒙
  '21', '22', '23', // 辽 吉 黑
  '31', '32', '33', '34', '35', '36', '37', // 沪 苏 浙 皖 闽 赣 鲁
  '41', '42', '43', '44', '45', '46', // 豫 鄂 湘 粤 桂 琼
  '50', '51', '52', '53', '54', // 渝 川 贵 云 藏
  '61', '62', '63', '64', '65', // 陕 甘 青 宁 新
  '71', // 台
  '81', '82', '83', // 港 澳, and Taiwan residents' permits
]);
