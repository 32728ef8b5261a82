// Keeps the node tables of /admin/search current while a rebuild runs or a node lags: polls the status every second.
(function () {
  'use strict';

  function text(cell, value) {
    if (cell && cell.textContent !== value) cell.textContent = value;
  }

  function render(status) {
    text(document.getElementById('last-task'), String(status.lastTask));
    status.indexes.forEach(function (index) {
      var table = document.querySelector('table[data-index="' + index.name + '"]');
      if (!table) return;
      index.nodes.forEach(function (node) {
        var row = Array.prototype.find.call(table.querySelectorAll('tr[data-node]'), function (r) { return r.dataset.node === node.node; });
        if (!row) return;
        text(row.querySelector('[data-field="documents"]'), String(node.documents));
        text(row.querySelector('[data-field="checkpoint"]'), String(node.checkpoint));
        text(row.querySelector('[data-field="lag"]'), node.lagTasks === 0 ? '无' : node.lagTasks + ' 条，最早 ' + node.lagSeconds + ' 秒前');
        var state = row.querySelector('[data-field="state"]');
        if (node.rebuildTotal !== null) {
          state.replaceChildren();
          var bar = document.createElement('progress');
          bar.max = node.rebuildTotal;
          bar.value = node.rebuildDone;
          var label = document.createElement('span');
          label.textContent = ' 重建中 ' + node.rebuildDone + ' / ' + node.rebuildTotal;
          state.append(bar, label);
        } else {
          state.textContent = node.error ? '出错：' + node.error : node.silent ? '无响应（节点可能已停止）' : '正常';
        }
      });
    });
  }

  function poll() {
    fetch('/admin/search/status', { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (status) { if (status) render(status); })
      .catch(function () { /* the next poll tries again */ })
      .finally(function () { setTimeout(poll, 1000); });
  }

  document.addEventListener('DOMContentLoaded', function () { setTimeout(poll, 1000); });
})();
