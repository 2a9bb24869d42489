package io.github.paperdigest.site;

import io.github.paperdigest.site.PageParts.DateCount;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How a set of papers spreads over time, in periods of equal length with empty periods kept, so that a
 * chart of it does not lie: days for a span of two months or less, months for up to three years, years
 * beyond.
 */
final class Timeline {

    private Timeline() {
    }

    /** Fewer dates than this make no chart: one or two bars say nothing a sentence would not. */
    static final int MIN_DATES = 3;

    /** The periods of the dates, or none when there are fewer than {@link #MIN_DATES} distinct dates. */
    static List<DateCount> of(List<LocalDate> dates) {
        if (dates.stream().distinct().count() < MIN_DATES) {
            return List.of();
        }
        LocalDate first = dates.stream().min(LocalDate::compareTo).orElseThrow();
        LocalDate last = dates.stream().max(LocalDate::compareTo).orElseThrow();
        long days = ChronoUnit.DAYS.between(first, last);
        Map<String, Integer> counts = new TreeMap<>();
        List<String> periods = new ArrayList<>();
        if (days <= 62) {
            for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                periods.add(d.toString());
            }
            dates.forEach(d -> counts.merge(d.toString(), 1, Integer::sum));
        } else if (ChronoUnit.MONTHS.between(YearMonth.from(first), YearMonth.from(last)) <= 36) {
            for (YearMonth m = YearMonth.from(first); !m.isAfter(YearMonth.from(last)); m = m.plusMonths(1)) {
                periods.add(m.toString());
            }
            dates.forEach(d -> counts.merge(YearMonth.from(d).toString(), 1, Integer::sum));
        } else {
            for (int y = first.getYear(); y <= last.getYear(); y++) {
                periods.add(String.valueOf(y));
            }
            dates.forEach(d -> counts.merge(String.valueOf(d.getYear()), 1, Integer::sum));
        }
        return periods.stream().map(p -> new DateCount(p, counts.getOrDefault(p, 0))).toList();
    }
}
