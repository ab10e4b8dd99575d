package org.candour.bench;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * Times GETs of the queue page inside the server: from the first servlet filter to the
 * rendered page written, so sign-in session, tenant, role check, queries and template are
 * all counted and the network is not. Added to the application by the benchmark only.
 */
public class ServerTimer {

	static final AtomicReference<LatencyRecorder> RECORDER = new AtomicReference<>();

	static final AtomicReference<LatencyRecorder> CPU = new AtomicReference<>();

	private static final com.sun.management.OperatingSystemMXBean PROCESS = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
		.getOperatingSystemMXBean();

	@Bean
	FilterRegistrationBean<Filter> queuePageTimer() {
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new Timing());
		registration.addUrlPatterns("/t/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	/**
	 * Starts recording into fresh recorders: wall time, and the CPU time the whole
	 * process spent meanwhile (requests are sent one at a time, so that is the request's
	 * CPU cost whatever else runs on the machine).
	 */
	static LatencyRecorder[] record(int capacity) {
		LatencyRecorder cpu = new LatencyRecorder(capacity);
		CPU.set(cpu);
		LatencyRecorder recorder = new LatencyRecorder(capacity);
		RECORDER.set(recorder);
		return new LatencyRecorder[] { recorder, cpu };
	}

	static void stop() {
		RECORDER.set(null);
		CPU.set(null);
	}

	private static final class Timing implements Filter {

		@Override
		public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
				throws IOException, ServletException {
			HttpServletRequest http = (HttpServletRequest) request;
			if (!"GET".equals(http.getMethod()) || !http.getRequestURI().endsWith("/work")) {
				chain.doFilter(request, response);
				return;
			}
			long cpu = PROCESS.getProcessCpuTime();
			long start = System.nanoTime();
			try {
				chain.doFilter(request, response);
				response.flushBuffer();
			}
			finally {
				LatencyRecorder recorder = RECORDER.get();
				if (recorder != null) {
					recorder.record(start);
				}
				LatencyRecorder cpuRecorder = CPU.get();
				if (cpuRecorder != null) {
					cpuRecorder.recordDuration(PROCESS.getProcessCpuTime() - cpu);
				}
			}
		}

	}

}
