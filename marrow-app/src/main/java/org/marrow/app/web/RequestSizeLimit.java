package org.marrow.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The largest request body the API reads: {@value #JSON_LIMIT} bytes of JSON (far above any real request; a
 * 10 MB "reason" is refused before it is read), {@value #ZIP_LIMIT} bytes for a zipped data set. Larger is 413.
 */
@Configuration(proxyBeanMethods = false)
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
class RequestSizeLimit {
    /** The most bytes of a JSON body. */
    static final long JSON_LIMIT = 1L << 20;
    /** The most bytes of a zipped data set. */
    static final long ZIP_LIMIT = 64L << 20;

    @Bean
    FilterRegistrationBean<Limit> requestSizeLimitFilter() {
        FilterRegistrationBean<Limit> r = new FilterRegistrationBean<>(new Limit());
        r.addUrlPatterns("/api/*");
        r.setOrder(Integer.MIN_VALUE + 100);
        return r;
    }

    /** The filter. */
    static final class Limit extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String type = request.getContentType();
            long limit = type != null && (type.startsWith("application/zip") || type.startsWith("application/octet"))
                    ? ZIP_LIMIT
                    : JSON_LIMIT;
            if (request.getContentLengthLong() > limit) {
                response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                response.setContentType("application/json");
                response.getOutputStream()
                        .write(("{\"field\":\"body\",\"value\":null,\"message\":\"The request body is larger than "
                                        + limit + " bytes, the most this endpoint takes\",\"status\":413}")
                                .getBytes(StandardCharsets.UTF_8));
                return;
            }
            chain.doFilter(new Limited(request, limit), response);
        }
    }

    /** A request whose body stream ends in {@link RequestTooLargeException} past the limit. */
    private static final class Limited extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0 && ++read > limit) {
                            throw new RequestTooLargeException(limit);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] b, int off, int len) throws IOException {
                        int n = in.read(b, off, len);
                        if (n > 0 && (read += n) > limit) {
                            throw new RequestTooLargeException(limit);
                        }
                        return n;
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }
    }
}
