// Draws the reports page's chart from the numbers the server put in data-chart (the table below shows the same).
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    var element = document.getElementById("summary-chart");
    if (!element || !window.echarts) {
      return;
    }
    var data = JSON.parse(element.dataset.chart);
    var colours = {PENDING: "#3b82f6", ACCEPTED: "#10b981", REJECTED: "#ef4444", DRAFT: "#f59e0b"};
    var names = {PENDING: "Pending", ACCEPTED: "Accepted", REJECTED: "Rejected", DRAFT: "Redo (draft)"};
    var chart = window.echarts.init(element, null, {renderer: "svg"});
    chart.setOption({
      animation: false,
      tooltip: {trigger: "axis"},
      legend: {top: 0},
      grid: {left: 40, right: 16, top: 36, bottom: 28},
      xAxis: {type: "category", data: data.periods},
      yAxis: {type: "value", minInterval: 1},
      series: Object.keys(data.series).map(function (status) {
        return {name: names[status], type: "bar", stack: "all", data: data.series[status],
          itemStyle: {color: colours[status]}};
      })
    });
    window.addEventListener("resize", function () { chart.resize(); });
  });
})();
