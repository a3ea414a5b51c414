package io.backops.review.web;

import io.backops.review.internal.FlowAdministration;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;

/** Uploaded multipart files as {@link FlowAdministration} takes them; shared by the API and the page. */
final class FlowUploads {

    private FlowUploads() {
    }

    static FlowAdministration.Upload of(MultipartFile file) throws IOException {
        return new FlowAdministration.Upload(file.getOriginalFilename() == null ? "" : file.getOriginalFilename(),
                file.getBytes());
    }

    /**
     * The forms that were really sent. A browser posts an empty part, without a file name, for a file input left
     * empty; that is "no form", not a broken one.
     */
    static List<FlowAdministration.Upload> forms(List<MultipartFile> files) throws IOException {
        List<FlowAdministration.Upload> forms = new ArrayList<>();
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            if (!file.isEmpty() || (file.getOriginalFilename() != null && !file.getOriginalFilename().isEmpty())) {
                forms.add(of(file));
            }
        }
        return forms;
    }
}
