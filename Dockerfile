# Build the jar first: ./mvnw package -DskipTests
FROM eclipse-temurin:17-jre
WORKDIR /app
COPY target/backops-*.jar /app/backops.jar
EXPOSE 8080
# Production logs: one JSON line per event (Elastic Common Schema), with the request id as a field.
ENV LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs
ENTRYPOINT ["java", "-jar", "/app/backops.jar"]
