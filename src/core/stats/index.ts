/**
 * Statistics: every figure of the statistics view, computed from cards, the review log and an instant.
 */
export { computeStatistics, deckCardIds, StatisticsScan } from "./statistics";
export type { Statistics, StatisticsOptions } from "./statistics";
export { reviewTrail, sameTrailAnswer, trailLength } from "./review-trail";
export type { ReviewTrail } from "./review-trail";
export { createDayClock, localDate, formatLocalDate, formatLocalDateTime, dayOfDate } from "./day-clock";
export type { DayClock, DayOptions, LocalDate } from "./day-clock";
export type { CardCounts } from "./card-counts";
export { dueBarTotal, FORECAST_DAYS, FORECAST_WEEKS } from "./due-forecast";
export type { DueBar, DueForecast } from "./due-forecast";
export type { ReviewHeatmap } from "./review-heatmap";
export type { ReviewDay } from "./review-activity";
export type { ReviewsPerDay, TodaySummary } from "./reviews-per-day";
export { RETENTION_PERIODS } from "./true-retention";
export type { PassRate, RetentionPeriod, RetentionRow } from "./true-retention";
export type { ButtonCounts, ButtonGroup, ButtonPeriod, ButtonUsage } from "./answer-buttons";
export type { Histogram, HistogramBucket, MemoryDistributions } from "./memory-distributions";
export { cardIntervalDays, MATURE_INTERVAL_DAYS } from "./card-maturity";
export { cardRetrievability } from "./forgetting-curve";
