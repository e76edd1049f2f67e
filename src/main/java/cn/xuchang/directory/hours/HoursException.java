package cn.xuchang.directory.hours;

/** An opening-hours text the parser cannot read, with what it could not read and why. */
public class HoursException extends IllegalArgumentException {

    public HoursException(String message) {
        super(message);
    }
}
