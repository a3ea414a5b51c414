package io.backops.review.internal;

import java.io.ByteArrayInputStream;
import java.util.Locale;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.springframework.stereotype.Component;

/**
 * Draws a deployed model as SVG from its own diagram information (the shapes and edges Camunda Modeler saved), so
 * the flows page shows each version without a script modeler in the browser. Served as an image, so nothing in a
 * model can run in the page; every name is escaped all the same.
 */
@Component
class FlowDiagram {

    private static final int MARGIN = 20;
    private static final double CHAR_WIDTH = 6.2;
    private static final double LINE_HEIGHT = 13;

    String svg(byte[] bpmn) {
        var model = Bpmn.readModelFromStream(new ByteArrayInputStream(bpmn));
        var shapes = model.getModelElementsByType(BpmnShape.class);
        var edges = model.getModelElementsByType(BpmnEdge.class);
        double maxX = 0;
        double maxY = 0;
        StringBuilder body = new StringBuilder();
        for (BpmnEdge edge : edges) {
            StringBuilder points = new StringBuilder();
            for (Waypoint point : edge.getWaypoints()) {
                points.append(number(point.getX())).append(',').append(number(point.getY())).append(' ');
                maxX = Math.max(maxX, point.getX());
                maxY = Math.max(maxY, point.getY());
            }
            body.append("<polyline class=\"flow\" points=\"").append(points.toString().strip())
                    .append("\" marker-end=\"url(#arrow)\"/>\n");
        }
        for (BpmnShape shape : shapes) {
            Bounds b = shape.getBounds();
            maxX = Math.max(maxX, b.getX() + b.getWidth());
            maxY = Math.max(maxY, b.getY() + b.getHeight() + 30);
            body.append(shape(shape.getBpmnElement() instanceof FlowElement element ? element : null, b));
        }
        return """
                <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %s %s" font-family="sans-serif" font-size="11">
                <defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#334155"/></marker>
                <style>.flow{fill:none;stroke:#334155;stroke-width:1.5}.node{fill:#fff;stroke:#1e293b;stroke-width:2}.end{stroke-width:4}.label{fill:#0f172a}</style></defs>
                %s</svg>
                """.formatted(number(maxX + MARGIN), number(maxY + MARGIN), body);
    }

    private static String shape(FlowElement element, Bounds b) {
        double x = b.getX();
        double y = b.getY();
        double w = b.getWidth();
        double h = b.getHeight();
        String name = element == null || element.getName() == null ? "" : escape(element.getName());
        if (element instanceof Event) {
            String kind = element instanceof EndEvent ? "node end" : "node";
            String dashed = element instanceof BoundaryEvent ? " stroke-dasharray=\"4 2\"" : "";
            return "<circle class=\"%s\"%s cx=\"%s\" cy=\"%s\" r=\"%s\"/>\n".formatted(kind, dashed,
                    number(x + w / 2), number(y + h / 2), number(w / 2)) + label(name, x + w / 2, y + h + 14);
        }
        if (element instanceof Gateway) {
            double cx = x + w / 2;
            double cy = y + h / 2;
            return "<polygon class=\"node\" points=\"%s,%s %s,%s %s,%s %s,%s\"/>\n".formatted(number(cx), number(y),
                    number(x + w), number(cy), number(cx), number(y + h), number(x), number(cy))
                    + label(name, cx, y + h + 14);
        }
        return "<rect class=\"node\" x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" rx=\"10\"/>\n".formatted(number(x),
                number(y), number(w), number(h)) + wrapped(name, x + w / 2, y + h / 2, (int) (w / CHAR_WIDTH));
    }

    /** A task's name in lines that fit its box, centred on it. */
    private static String wrapped(String text, double x, double middle, int perLine) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > perLine) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        lines.add(line.toString());
        StringBuilder svg = new StringBuilder();
        double first = middle + 4 - (lines.size() - 1) * LINE_HEIGHT / 2;
        for (int i = 0; i < lines.size(); i++) {
            svg.append(label(lines.get(i), x, first + i * LINE_HEIGHT));
        }
        return svg.toString();
    }

    private static String label(String text, double x, double y) {
        return text.isEmpty() ? "" : "<text class=\"label\" x=\"%s\" y=\"%s\" text-anchor=\"middle\">%s</text>\n"
                .formatted(number(x), number(y), text);
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
