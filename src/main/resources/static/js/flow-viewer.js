// Draws each flow on the Flows page with bpmn.io's viewer, from its model as deployed (one viewer per
// .flow-viewer element, the model's URL in data-bpmn-url). On the diff page it also colours what changed.
(function () {
  'use strict';
  if (typeof BpmnNavigatedViewer === 'undefined') {
    return;
  }

  function open(container) {
    var viewer = new BpmnNavigatedViewer({ container: container });
    return fetch(container.dataset.bpmnUrl).then(function (r) { return r.text(); }).then(function (xml) {
      return viewer.importXML(xml).then(function () {
        viewer.get('canvas').zoom('fit-viewport');
        container.dataset.loaded = 'true';
        return { viewer: viewer, xml: xml };
      });
    });
  }

  var viewers = Array.prototype.slice.call(document.querySelectorAll('.flow-viewer'));
  var opened = viewers.map(open);
  var diff = document.getElementById('flow-diff');
  if (!diff || typeof BackopsDiffer === 'undefined' || opened.length !== 2) {
    return;
  }
  Promise.all(opened).then(function (both) {
    var older = both[0].viewer;
    var newer = both[1].viewer;
    var changes = BackopsDiffer.diff(older.getDefinitions(), newer.getDefinitions());
    var list = document.getElementById('diff-list');
    function mark(viewer, id, kind) {
      if (viewer.get('elementRegistry').get(id)) {
        viewer.get('canvas').addMarker(id, 'diff-' + kind);
      }
    }
    function item(kind, id, element) {
      var li = document.createElement('li');
      li.dataset.kind = kind;
      li.dataset.element = id;
      li.textContent = kind + ': ' + id + (element && element.name ? ' (' + element.name + ')' : '');
      list.appendChild(li);
    }
    Object.keys(changes._added).forEach(function (id) { mark(newer, id, 'added'); item('added', id, changes._added[id]); });
    Object.keys(changes._removed).forEach(function (id) { mark(older, id, 'removed'); item('removed', id, changes._removed[id]); });
    Object.keys(changes._changed).forEach(function (id) {
      mark(older, id, 'changed'); mark(newer, id, 'changed'); item('changed', id, changes._changed[id].model);
    });
    Object.keys(changes._layoutChanged).forEach(function (id) {
      mark(older, id, 'changed'); mark(newer, id, 'changed'); item('moved', id, changes._layoutChanged[id]);
    });
    diff.dataset.count = String(list.children.length);
  });
}());
