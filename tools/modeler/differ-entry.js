// bpmn-js-differ for the Flows page's diff: its ES module and diffpatch packed into one script (global BackopsDiffer).
export { diff } from 'bpmn-js-differ';
