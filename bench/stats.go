package main

import (
	"fmt"
	"io"
	"math"
	"sort"
	"strings"
	"time"
)

// median returns the median of xs (the mean of the middle two for even n).
func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	n := len(s)
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}

// percentile returns the p-th percentile (0..100) by nearest rank.
func percentile(xs []float64, p float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	i := int(p/100*float64(len(s))+0.5) - 1
	if i < 0 {
		i = 0
	}
	if i >= len(s) {
		i = len(s) - 1
	}
	return s[i]
}

// table prints a GitHub-flavoured markdown table, columns padded to line up.
type table struct {
	head []string
	rows [][]string
}

func (t *table) add(cells ...string) { t.rows = append(t.rows, cells) }

func (t *table) print(w io.Writer) {
	width := make([]int, len(t.head))
	for i, h := range t.head {
		width[i] = len([]rune(h))
	}
	for _, r := range t.rows {
		for i, c := range r {
			if n := len([]rune(c)); i < len(width) && n > width[i] {
				width[i] = n
			}
		}
	}
	line := func(cells []string) {
		var b strings.Builder
		b.WriteString("|")
		for i := range width {
			c := ""
			if i < len(cells) {
				c = cells[i]
			}
			fmt.Fprintf(&b, " %s%s |", c, strings.Repeat(" ", width[i]-len([]rune(c))))
		}
		fmt.Fprintln(w, b.String())
	}
	line(t.head)
	sep := make([]string, len(width))
	for i := range sep {
		sep[i] = strings.Repeat("-", width[i])
	}
	line(sep)
	for _, r := range t.rows {
		line(r)
	}
}

func fmtDur(d time.Duration) string {
	switch {
	case d < 10*time.Microsecond && d > -10*time.Microsecond:
		return fmt.Sprintf("%.1f µs", float64(d)/1e3)
	case d < time.Millisecond && d > -time.Millisecond:
		return fmt.Sprintf("%.0f µs", float64(d)/1e3)
	case d < time.Second && d > -time.Second:
		return fmt.Sprintf("%.1f ms", float64(d)/1e6)
	default:
		return fmt.Sprintf("%.2f s", d.Seconds())
	}
}

func fmtMs(ms float64) string { return fmt.Sprintf("%.1f ms", ms) }

func fmtMiB(kb int64) string { return fmt.Sprintf("%.1f MiB", float64(kb)/1024) }

func ratio(a, b float64) string {
	if b == 0 {
		return "n/a"
	}
	return fmt.Sprintf("%.3f", a/b)
}

// ratioInterval summarizes paired ratios (one per round): their geometric
// mean and a 95 % confidence interval for it, from Student's t on the
// logarithms. With n < 2 the interval is the mean itself.
func ratioInterval(rs []float64) (mean, lo, hi float64) {
	var logs []float64
	for _, r := range rs {
		if r > 0 {
			logs = append(logs, math.Log(r))
		}
	}
	n := len(logs)
	if n == 0 {
		return 0, 0, 0
	}
	var sum float64
	for _, l := range logs {
		sum += l
	}
	m := sum / float64(n)
	if n < 2 {
		return math.Exp(m), math.Exp(m), math.Exp(m)
	}
	var ss float64
	for _, l := range logs {
		ss += (l - m) * (l - m)
	}
	half := tQuantile975(n-1) * math.Sqrt(ss/float64(n-1)/float64(n))
	return math.Exp(m), math.Exp(m - half), math.Exp(m + half)
}

// tQuantile975 is Student's t distribution's 97.5th percentile for df
// degrees of freedom (two-sided 95 %).
func tQuantile975(df int) float64 {
	table := []float64{12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
		2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086,
		2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042}
	switch {
	case df < 1:
		return math.Inf(1)
	case df <= len(table):
		return table[df-1]
	case df <= 60:
		return 2.000
	default:
		return 1.960
	}
}

// fmtInterval prints a ratioInterval: "1.034 (95 % CI 1.012–1.057, 15 rounds, above 1 in 12)".
func fmtInterval(rs []float64) string {
	m, lo, hi := ratioInterval(rs)
	above := 0
	for _, r := range rs {
		if r > 1 {
			above++
		}
	}
	return fmt.Sprintf("%.3f (95 %% CI %.3f–%.3f, %d rounds, above 1 in %d)", m, lo, hi, len(rs), above)
}
