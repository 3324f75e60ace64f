package main

import (
	"context"
	"fmt"
	"os"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/plotutil"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"

	"github.com/talkhis/talkhis/summarize/evaluate"
)

// drawPlot scores every system under each fixed word budget (Task B with
// that budget) and draws R1 and R2 against the budget, side by side.
func drawPlot(ctx context.Context, file, corpus string, docs []evaluate.Document, systems []evaluate.System, budgets []int, workers int, tick func()) error {
	r1 := make([]plotter.XYs, len(systems))
	r2 := make([]plotter.XYs, len(systems))
	for _, b := range budgets {
		rows, err := evaluate.Run(ctx, docs, systems, evaluate.Options{Task: evaluate.TaskB, Budget: b, Workers: workers, Progress: tick})
		if err != nil {
			return err
		}
		for k, row := range rows {
			r1[k] = append(r1[k], plotter.XY{X: float64(b), Y: row.R1})
			r2[k] = append(r2[k], plotter.XY{X: float64(b), Y: row.R2})
		}
	}
	left, err := panel(fmt.Sprintf("ROUGE-1 F1, %s", corpus), systems, r1)
	if err != nil {
		return err
	}
	right, err := panel(fmt.Sprintf("ROUGE-2 F1, %s", corpus), systems, r2)
	if err != nil {
		return err
	}
	img := vgimg.New(vg.Points(960), vg.Points(400))
	dc := draw.New(img)
	tiles := draw.Tiles{Rows: 1, Cols: 2, PadX: vg.Points(20), PadTop: vg.Points(8), PadBottom: vg.Points(8), PadLeft: vg.Points(8), PadRight: vg.Points(8)}
	canvases := plot.Align([][]*plot.Plot{{left, right}}, tiles, dc)
	left.Draw(canvases[0][0])
	right.Draw(canvases[0][1])
	f, err := os.Create(file)
	if err != nil {
		return err
	}
	if _, err := (vgimg.PngCanvas{Canvas: img}).WriteTo(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func panel(title string, systems []evaluate.System, lines []plotter.XYs) (*plot.Plot, error) {
	p := plot.New()
	p.Title.Text = title
	p.X.Label.Text = "word budget"
	p.Y.Label.Text = "F1 x100"
	p.Legend.Top = false
	p.Legend.Left = false
	p.Add(plotter.NewGrid())
	for k, s := range systems {
		l, pts, err := plotter.NewLinePoints(lines[k])
		if err != nil {
			return nil, err
		}
		l.Color = plotutil.Color(k)
		l.Dashes = plotutil.Dashes(k)
		pts.Color = plotutil.Color(k)
		pts.Shape = plotutil.Shape(k)
		p.Add(l, pts)
		p.Legend.Add(s.Name, l, pts)
	}
	return p, nil
}
