package main

import (
	"context"
	"fmt"
	"io"
	"time"
)

// defaultTriggers is -triggers: the events outstanding at full speed. It
// comes from -scenario sweep's rule, not from a CPU goal: on a busy machine
// one sweep put the floor's saturation at 16 and two at 64, and the smaller
// was kept (FINDINGS.md, section 2). A quiet sweep's rule line decides.
const defaultTriggers = 16

// sweepK are the events outstanding that -scenario sweep tries.
var sweepK = []int{1, 2, 4, 8, 16, 32, 64, 128}

// saturation is how close to the best deliveries/s a K must come to count
// as saturating the server.
const saturation = 0.95

// scenarioSweep measures full-speed throughput of the mock and the floor
// server at each K in sweepK events outstanding (-triggers), interleaved
// for -rounds rounds, and names for each server the smallest K whose median
// deliveries/s is within 5% of the best seen: a throughput benchmark should
// saturate the server, and more outstanding events past that point only
// lengthen the queue.
func scenarioSweep(ctx context.Context, out io.Writer, o options) ([]string, error) {
	o.rate, o.await = 0, true
	type cell struct{ res []phaseResult }
	impls := []string{"mock", "floor"}
	cells := map[string][]*cell{}
	for _, im := range impls {
		for range sweepK {
			cells[im] = append(cells[im], &cell{})
		}
	}
	fmt.Fprintf(out, "\n== sweep: %s × %d at full speed, %d events, K = %v events outstanding, mock and floor, %d interleaved rounds, receive path %s\n",
		sizeText(o.size), o.n, o.events, sweepK, o.rounds, o.recv)
	for r := 0; r < o.rounds; r++ {
		for ki, k := range sweepK {
			for _, im := range impls {
				x := o
				x.devproxy, x.url, x.impl, x.triggers, x.cpuprofile = "", "", im, k, ""
				_, res, err := deliverResult(ctx, out, x, fmt.Sprintf("sweep %s K=%d round %d", im, k, r+1))
				if err != nil {
					return nil, err
				}
				cells[im][ki].res = append(cells[im][ki].res, res)
			}
		}
	}
	rate := func(r phaseResult) float64 { return r.perSecond() }
	cpu := func(r phaseResult) float64 { return float64(r.cpuPerDelivery()) }
	client := func(r phaseResult) float64 { return float64(per(r.clientCPU, r.delivered)) }
	p99 := func(r phaseResult) float64 { return float64(r.p99) }
	writes := func(r phaseResult) float64 { return r.writesPerDelivery() }
	chosen := map[string]int{}
	for _, im := range impls {
		var rates []float64
		for _, c := range cells[im] {
			rates = append(rates, median(c.res, rate))
		}
		chosen[im] = sweepK[saturatedAt(rates)]
	}
	fmt.Fprintf(out, "\n== sweep %s × %d, median of %d rounds (load average now %s)\n", sizeText(o.size), o.n, o.rounds, loadavg())
	var rows []string
	rows = append(rows, "| K (events outstanding) | mock deliveries/s | mock CPU/delivery | mock writes/delivery | mock p99 | floor deliveries/s | floor CPU/delivery | floor writes/delivery | floor p99 | load client CPU/delivery (mock, floor) | lost | dup |",
		"|---|---|---|---|---|---|---|---|---|---|---|---|")
	for ki, k := range sweepK {
		m, f := cells["mock"][ki], cells["floor"][ki]
		var lost, dup int64
		for _, r := range append(m.res, f.res...) {
			lost, dup = lost+r.lost, dup+r.dup
		}
		mark := func(im string) string {
			if chosen[im] == k {
				return " ←"
			}
			return ""
		}
		rows = append(rows, fmt.Sprintf("| %d | %.0f%s | %s | %s | %s | %.0f%s | %s | %s | %s | %s, %s | %d | %d |", k,
			median(m.res, rate), mark("mock"), us(time.Duration(median(m.res, cpu))), ratio3(median(m.res, writes)), ms(time.Duration(median(m.res, p99))),
			median(f.res, rate), mark("floor"), us(time.Duration(median(f.res, cpu))), ratio3(median(f.res, writes)), ms(time.Duration(median(f.res, p99))),
			us(time.Duration(median(m.res, client))), us(time.Duration(median(f.res, client))), lost, dup))
	}
	for _, r := range rows {
		fmt.Fprintln(out, r)
	}
	// A server whose best is at the largest K tried has not saturated:
	// the mock's deliveries/s keeps rising with K because each write
	// carries more queued events. It gives no saturation point; the K
	// that saturates the servers that do saturate is the default's basis.
	last := sweepK[len(sweepK)-1]
	k := 0
	for _, im := range impls {
		if chosen[im] == last {
			fmt.Fprintf(out, "  %-11s deliveries/s still rising at K=%d, the largest tried: no saturation point\n", im, last)
			continue
		}
		fmt.Fprintf(out, "  %-11s saturated from K=%d (smallest K within %.0f%% of its best deliveries/s)\n", im, chosen[im], (1-saturation)*100)
		k = max(k, chosen[im])
	}
	if k > 0 {
		fmt.Fprintf(out, "  rule        every server that saturates has from K=%d (-triggers defaults to %d)\n", k, defaultTriggers)
	}
	return nil, nil
}

// saturatedAt returns the first index whose rate is within 5% of the best.
func saturatedAt(rates []float64) int {
	best := 0.0
	for _, r := range rates {
		best = max(best, r)
	}
	for i, r := range rates {
		if r >= saturation*best {
			return i
		}
	}
	return len(rates) - 1
}
