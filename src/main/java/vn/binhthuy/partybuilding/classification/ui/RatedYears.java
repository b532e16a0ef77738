package vn.binhthuy.partybuilding.classification.ui;

import org.springframework.stereotype.Component;
import vn.binhthuy.partybuilding.base.ui.FigureYears;
import vn.binhthuy.partybuilding.classification.ClassificationService;

import java.util.List;

/** The header offers the years in which organizations or members were rated. */
@Component
class RatedYears implements FigureYears {

    private final ClassificationService classification;

    RatedYears(ClassificationService classification) {
        this.classification = classification;
    }

    @Override
    public List<Integer> years() {
        return classification.ratedYears();
    }
}
