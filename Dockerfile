# Multi-stage build: Maven builds the jar, a slim JRE runs it as a non-root user.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
COPY frontend-static frontend-static
RUN mvn -B -q package -DskipTests

FROM eclipse-temurin:17-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && groupadd --system wizard && useradd --system --gid wizard --home-dir /app wizard \
    && mkdir -p /app/data && chown -R wizard:wizard /app
WORKDIR /app
COPY --from=build /src/target/lync-owa-wizard-*.jar /tmp/app.jar
USER wizard
# Class-data sharing (README: "Start-up"): the jar is unpacked to app.jar + lib/ (a layout the JVM
# can archive), then a training run that stops once the application context is ready
# (spring.context.exit=onRefresh; its session database goes to a temp folder and is dropped) writes
# the archive of every class it loaded. Each start maps that archive instead of loading and
# verifying the classes again.
RUN java -Djarmode=tools -jar /tmp/app.jar extract --destination /app/extracted \
    && LYNCOWA_DATA_DIR=/tmp/cds-training java -XX:ArchiveClassesAtExit=/app/extracted/app.jsa \
       -Dspring.context.exit=onRefresh -jar /app/extracted/app.jar \
    && rm -rf /tmp/cds-training
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=40s --retries=3 \
  CMD curl -fsS http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/extracted/app.jsa", "-XX:MaxRAMPercentage=75", "-jar", "/app/extracted/app.jar"]
