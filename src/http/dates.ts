/** Passbolt's wire format for datetimes: ISO-8601, seconds, explicit offset ("2026-01-01T00:00:00+00:00"). */
export const isoDate = (d: Date): string => d.toISOString().replace(/\.\d{3}Z$/, "+00:00");

export const isoDateOrNull = (d: Date | null | undefined): string | null => (d ? isoDate(d) : null);
