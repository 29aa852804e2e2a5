// Draws each table's chart with Chart.js from the table's JSON data island, then records on <html> what a test
// (or a curious reader) can check without a debugger: how many charts were drawn, whether anything failed, and
// whether the page is wider than the window.
(function () {
  'use strict';
  var root = document.documentElement;
  var colours = ['#5b2a86', '#d9681a', '#2a7f62', '#3b6fb6', '#a23b72', '#6b7280'];
  var charts = [];

  // Labels on the value axis are split into lines, so that a long answer does not squeeze its bar to nothing.
  function lines(text, width) {
    var words = String(text).split(' ');
    var out = [];
    var line = '';
    words.forEach(function (word) {
      if (line.length > 0 && line.length + 1 + word.length > width) {
        out.push(line);
        line = word;
      } else {
        line = line.length > 0 ? line + ' ' + word : word;
      }
    });
    if (line.length > 0) {
      out.push(line);
    }
    return out.length > 1 ? out : String(text);
  }

  // The printed percentage at the end of each bar, so that the figures survive printing (tooltips do not).
  var barLabels = {
    id: 'insightsBarLabels',
    afterDatasetsDraw: function (chart) {
      var ctx = chart.ctx;
      ctx.save();
      ctx.font = '11px system-ui, sans-serif';
      ctx.fillStyle = '#1d1b22';
      ctx.textBaseline = 'middle';
      chart.data.datasets.forEach(function (dataset, d) {
        var meta = chart.getDatasetMeta(d);
        if (meta.hidden) {
          return;
        }
        meta.data.forEach(function (bar, i) {
          var text = dataset.texts[i];
          if (text) {
            ctx.fillText(text, bar.x + 4, bar.y);
          }
        });
      });
      ctx.restore();
    }
  };

  // The end of the value axis: room for the label after the longest bar; whole tens keep the axis readable.
  function axisEnd(series) {
    var top = 0;
    series.forEach(function (s) {
      s.values.forEach(function (v) {
        if (v !== null && v > top) {
          top = v;
        }
      });
    });
    return Math.max(10, Math.ceil((top * 1.15) / 10) * 10);
  }

  // One column of a grid's small multiples: its own bars, on the scale of the whole grid, so that the charts compare.
  function multiple(spec, index) {
    var series = spec.series[index];
    return { kind: 'bars', axis: series.axis || spec.axis, labels: spec.labels, series: [series], max: axisEnd(spec.series) };
  }

  function config(spec, narrow) {
    var max = spec.max || axisEnd(spec.series);
    return {
      type: 'bar',
      data: {
        labels: spec.labels.map(function (l) { return lines(l, narrow ? 18 : 30); }),
        datasets: spec.series.map(function (s, i) {
          return {
            label: s.name,
            data: s.values,
            texts: s.texts,
            counts: s.counts,
            backgroundColor: colours[i % colours.length],
            borderWidth: 0,
            barPercentage: 0.9,
            categoryPercentage: spec.series.length > 1 ? 0.8 : 0.75
          };
        })
      },
      options: {
        indexAxis: 'y',
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        plugins: {
          legend: { display: spec.series.length > 1, position: 'bottom' },
          tooltip: {
            callbacks: {
              label: function (item) {
                var dataset = item.dataset;
                var name = dataset.label ? dataset.label + ': ' : '';
                return name + dataset.texts[item.dataIndex] + ' (' + dataset.counts[item.dataIndex] + ')';
              }
            }
          }
        },
        scales: {
          x: {
            beginAtZero: true,
            max: max,
            title: { display: true, text: spec.axis },
            ticks: { callback: function (v) { return v + '%'; } }
          },
          y: { ticks: { autoSkip: false, font: { size: narrow ? 10 : 12 } } }
        }
      },
      plugins: [barLabels]
    };
  }

  // A canvas counts as drawn when Chart.js has put pixels on it, not merely when no exception was thrown.
  function hasPixels(canvas) {
    var data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
    for (var i = 3; i < data.length; i += 4) {
      if (data[i] !== 0) {
        return true;
      }
    }
    return false;
  }

  function measure() {
    var width = root.clientWidth;
    var overflow = root.scrollWidth > width;
    root.setAttribute('data-viewport-width', String(width));
    root.setAttribute('data-overflow', overflow ? 'true' : 'false');
    if (overflow) {
      var culprit = Array.prototype.find.call(document.querySelectorAll('body *'), function (e) {
        return e.getBoundingClientRect().right > width + 0.5;
      });
      root.setAttribute('data-overflow-element', culprit ? culprit.tagName.toLowerCase() + '.' + culprit.className : '');
    }
  }

  function draw() {
    var narrow = root.clientWidth < 600;
    var drawn = 0;
    document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
      try {
        var spec = JSON.parse(document.getElementById(canvas.getAttribute('data-chart')).textContent);
        if (canvas.hasAttribute('data-series')) {
          spec = multiple(spec, Number(canvas.getAttribute('data-series')));
        }
        charts.push(new Chart(canvas, config(spec, narrow)));
        var ok = hasPixels(canvas);
        canvas.setAttribute('data-drawn', ok ? 'true' : 'empty');
        if (ok) {
          drawn++;
        }
      } catch (e) {
        canvas.setAttribute('data-drawn', 'failed');
        window.insightsErrors.push(String(e && e.message || e));
      }
    });
    root.setAttribute('data-charts-drawn', String(drawn));
    root.setAttribute('data-errors', String(window.insightsErrors.length));
    measure();
  }

  window.addEventListener('beforeprint', function () {
    charts.forEach(function (chart) { chart.resize(); });
  });
  window.addEventListener('resize', measure);
  if (typeof Chart === 'undefined') {
    window.insightsErrors.push('Chart.js did not load');
    root.setAttribute('data-errors', String(window.insightsErrors.length));
    measure();
  } else {
    draw();
  }
})();
