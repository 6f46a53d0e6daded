// The core's public face: everything outside src/core imports from here (DESIGN.md §3).
export * from "./types";
export { computeStatistics } from "./stats/statistics";
export type { Statistics, StatisticsOptions } from "./stats/statistics";
export { createDayClock, localDate, formatLocalDate, dayOfDate } from "./stats/day-clock";
export type { DayClock, DayOptions, LocalDate } from "./stats/day-clock";
export type { CardCounts } from "./stats/card-counts";
export { dueBarTotal, FORECAST_DAYS, FORECAST_WEEKS } from "./stats/due-forecast";
export type { DueBar, DueForecast } from "./stats/due-forecast";
export type { ReviewHeatmap } from "./stats/review-heatmap";
export type { ReviewDay } from "./stats/review-activity";
export type { ReviewsPerDay, TodaySummary } from "./stats/reviews-per-day";
export { RETENTION_PERIODS } from "./stats/true-retention";
export type { PassRate, RetentionPeriod, RetentionRow } from "./stats/true-retention";
export type { ButtonCounts, ButtonGroup, ButtonPeriod, ButtonUsage } from "./stats/answer-buttons";
export type { Histogram, HistogramBucket, MemoryDistributions } from "./stats/memory-distributions";
export { inDeckSubtree, MATURE_INTERVAL_DAYS } from "./stats/card-maturity";
export { cardRetrievability } from "./stats/forgetting-curve";
