# Build the jar first: ./mvnw package -DskipTests
FROM eclipse-temurin:17-jre
WORKDIR /app
COPY target/backops-*.jar /app/backops.jar
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/backops.jar"]
