package org.marrow.app.web;

import java.lang.reflect.Type;
import java.util.Map;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;
import tools.jackson.databind.JsonNode;

/**
 * The rule of {@link JsonConfig} for bodies read as a JSON tree (the source records, a visit): every text value
 * and field name is checked, and the first one holding a control character is refused naming its JSON path.
 */
@ControllerAdvice
class CleanJsonText extends RequestBodyAdviceAdapter {
    @Override
    public boolean supports(
            MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        return parameter.getParameterType() == JsonNode.class;
    }

    @Override
    public Object afterBodyRead(
            Object body,
            HttpInputMessage inputMessage,
            MethodParameter parameter,
            Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        if (body instanceof JsonNode node) {
            check(node, "");
        }
        return body;
    }

    private static void check(JsonNode node, String path) {
        if (node.isString()) {
            String text = node.stringValue();
            if (JsonConfig.unclean(text) >= 0) {
                throw BadValueException.of(
                        path.isEmpty() ? "body" : path,
                        ApiErrors.printable(text),
                        "text without control characters (other than tab and line breaks)");
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                check(node.get(i), path + "[" + i + "]");
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                String name = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
                if (JsonConfig.unclean(e.getKey()) >= 0) {
                    throw BadValueException.of(
                            ApiErrors.printable(name), null, "field names without control characters");
                }
                check(e.getValue(), name);
            }
        }
    }
}
