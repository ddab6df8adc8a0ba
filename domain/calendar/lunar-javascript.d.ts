// lunar-javascript ships no type declarations; this is the little domain/calendar/statutory.ts uses.
declare module 'lunar-javascript' {
  interface Solar {
    getYear(): number;
    getMonth(): number;
    getDay(): number;
    /** `YYYY-MM-DD` */
    toYmd(): string;
    /** The solar day `days` later (negative: earlier). */
    next(days: number): Solar;
    getLunar(): Lunar;
  }

  interface Lunar {
    getYear(): number;
    /** Negative for a leap month. */
    getMonth(): number;
    getDay(): number;
    getSolar(): Solar;
    /** The 24 solar terms around this lunar year, by Chinese name (清明, …). */
    getJieQiTable(): Record<string, Solar>;
  }

  interface LunarStatic {
    /** A lunar date; a positive month is the ordinary (non-leap) month. */
    fromYmd(year: number, month: number, day: number): Lunar;
  }

  interface SolarStatic {
    fromYmd(year: number, month: number, day: number): Solar;
  }

  const lunarJavascript: { Lunar: LunarStatic; Solar: SolarStatic };
  export default lunarJavascript;
}
