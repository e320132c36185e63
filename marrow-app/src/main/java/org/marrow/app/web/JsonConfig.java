package org.marrow.app.web;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;

/**
 * Numbers in requests are read as exact decimals with their digits as written ({@code 9.50} stays
 * {@code 9.50}), as the data set format keeps them; a number with a fraction is never cut to a whole
 * number ({@code site_id} 1.5 is refused, not read as 1).
 */
@Configuration(proxyBeanMethods = false)
class JsonConfig {
    @Bean
    JsonMapperBuilderCustomizer exactDecimals() {
        return builder -> builder.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    }
}
