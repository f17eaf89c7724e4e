package org.painwise.outcome.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import org.painwise.outcome.Measure;

/** The measures of a check-in in their order, for the views' tables: #{checkinMeasures.all}. */
@Named
@ApplicationScoped
public class CheckinMeasures {

  public List<Measure> getAll() {
    return List.of(Measure.values());
  }
}
