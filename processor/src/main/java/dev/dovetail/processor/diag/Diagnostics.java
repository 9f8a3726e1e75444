package dev.dovetail.processor.diag;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/** Reports messages from the {@link Message} catalogue and remembers whether an error was reported (warnings do not count). */
public final class Diagnostics {
  private final Messager messager;
  private int errors;

  public Diagnostics(Messager messager) {
    this.messager = messager;
  }

  public void error(Message message, Element element, Object... args) {
    errors++;
    messager.printMessage(Diagnostic.Kind.ERROR, message.format(args), element);
  }

  /** An error pointing at an annotation (and, when given, one of its values). */
  public void error(Message message, Element element, AnnotationMirror annotation, AnnotationValue value, Object... args) {
    errors++;
    if (annotation == null) {
      messager.printMessage(Diagnostic.Kind.ERROR, message.format(args), element);
    } else if (value == null) {
      messager.printMessage(Diagnostic.Kind.ERROR, message.format(args), element, annotation);
    } else {
      messager.printMessage(Diagnostic.Kind.ERROR, message.format(args), element, annotation, value);
    }
  }

  /** A warning pointing at an annotation: something that compiles but has no effect. */
  public void warning(Message message, Element element, AnnotationMirror annotation, Object... args) {
    if (annotation == null) {
      messager.printMessage(Diagnostic.Kind.WARNING, message.format(args), element);
    } else {
      messager.printMessage(Diagnostic.Kind.WARNING, message.format(args), element, annotation);
    }
  }

  /** An error that belongs to no source element (base manifest problems). */
  public void error(Message message, Object... args) {
    errors++;
    messager.printMessage(Diagnostic.Kind.ERROR, message.format(args));
  }

  public int errorCount() {
    return errors;
  }
}
